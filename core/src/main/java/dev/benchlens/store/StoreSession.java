package dev.benchlens.store;

import dev.benchlens.format.Run;
import dev.benchlens.github.ArtifactCache;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The run store of a program that is not the command line (the explorer): chosen by {@code BENCHLENS_STORE} or the
 * data folder, opened on first use from whichever thread needs it, and when it cannot be opened, one note and none.
 */
public final class StoreSession implements AutoCloseable {

    private final Optional<StoreAddress> address;
    private final Path cacheRoot;
    private final Consumer<String> notes;
    private RunStore opened;
    private boolean tried;

    public StoreSession(Optional<StoreAddress> address, Path cacheRoot, Consumer<String> notes) {
        this.address = address;
        this.cacheRoot = cacheRoot;
        this.notes = notes;
    }

    /** The session the environment names: {@code BENCHLENS_STORE}, else runs.db in the user's data folder. */
    public static StoreSession fromEnvironment(Map<String, String> env, Consumer<String> notes) {
        return StoreSession.of(null, env, notes);
    }

    /**
     * The session {@code option} names (the explorer's {@code --store}; may be null), else the environment's.
     *
     * @throws IllegalArgumentException with one line saying what is wrong with the option's address
     */
    public static StoreSession named(String option, Map<String, String> env, Consumer<String> notes) {
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        return new StoreSession(
                StoreAddress.resolve(option, env, os, home), ArtifactCache.defaultRoot(env, os, home), notes);
    }

    private static StoreSession of(String option, Map<String, String> env, Consumer<String> notes) {
        try {
            return named(option, env, notes);
        } catch (IllegalArgumentException e) {
            notes.accept(StoreAddress.VARIABLE + ": " + e.getMessage() + "; no run store is used");
            String os = System.getProperty("os.name", "");
            Path home = Path.of(System.getProperty("user.home"));
            return new StoreSession(Optional.empty(), ArtifactCache.defaultRoot(env, os, home), notes);
        }
    }

    /** The store's address as it may be shown (a server's without its password), or {@code off}. */
    public String describe() {
        return address.map(StoreAddress::toString).orElse(StoreAddress.OFF);
    }

    /** The store, opened on first call; none when it is off or cannot be opened. */
    public synchronized Optional<RunStore> store() {
        if (!tried && address.isPresent()) {
            tried = true;
            try {
                opened = Stores.open(address.get(), store -> Rebuild.fromCache(store, cacheRoot, line -> {}), notes);
            } catch (StoreException e) {
                notes.accept(e.getMessage() + "; runs are opened without a store");
            }
        }
        return Optional.ofNullable(opened);
    }

    /** Gives opened runs their fetched facts and keeps them in this session's store. */
    public Indexer indexer() {
        return new Indexer(this::store, notes);
    }

    /**
     * The opened runs and the stored runs of the same repositories that they no longer hold; only the opened ones
     * when there is no store or it cannot be read (with a note).
     */
    public List<Run> withStored(List<Run> opened) {
        Optional<RunStore> store = store();
        if (store.isEmpty()) {
            return opened;
        }
        try {
            return StoredHistory.complete(opened, store.get(), RunFilter.ALL).runs();
        } catch (StoreException e) {
            notes.accept(e.getMessage() + "; the history shows the opened runs only");
            return opened;
        }
    }

    /**
     * Every stored run {@code filter} selects ({@link StoredHistory#stored}), for opening the store as one opens
     * files; when there is none, or the store is off or cannot be read, a problem saying so.
     */
    public LoadResult stored(RunFilter filter) {
        Optional<RunStore> store = store();
        if (store.isEmpty()) {
            return problem("the run store is " + (address.isEmpty() ? "off" : "not available") + ": no runs to open");
        }
        try {
            return new LoadResult(StoredHistory.stored(store.get(), filter), List.of());
        } catch (StoreException e) {
            return problem(e.getMessage());
        }
    }

    private LoadResult problem(String message) {
        return new LoadResult(List.of(), List.of(new LoadProblem(describe(), message)));
    }

    @Override
    public synchronized void close() throws StoreException {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
