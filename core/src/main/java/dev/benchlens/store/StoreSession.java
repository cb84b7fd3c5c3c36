package dev.benchlens.store;

import dev.benchlens.format.Run;
import dev.benchlens.github.ArtifactCache;
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
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        Optional<StoreAddress> address;
        try {
            address = StoreAddress.resolve(null, env, os, home);
        } catch (IllegalArgumentException e) {
            notes.accept(StoreAddress.VARIABLE + ": " + e.getMessage() + "; no run store is used");
            address = Optional.empty();
        }
        return new StoreSession(address, ArtifactCache.defaultRoot(env, os, home), notes);
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

    @Override
    public synchronized void close() throws StoreException {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
