package dev.benchlens.store;

import dev.benchlens.format.Run;
import dev.benchlens.github.FetchedRuns;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where loaded runs enter the store: each run as read is hashed, given its GitHub facts and added once. Indexing
 * never stops a command: a store that cannot be written costs one note, and the runs are returned all the same.
 */
public final class Indexer {

    /** Gives runs their facts and stores nothing: for a command told not to use a store. */
    public static final Indexer NONE = new Indexer(Optional::empty, note -> {});

    private final Supplier<Optional<RunStore>> store;
    private final Consumer<String> notes;
    private boolean failed;

    /** Indexes into the store {@code store} gives when first asked (opening it is left to the first load). */
    public Indexer(Supplier<Optional<RunStore>> store, Consumer<String> notes) {
        this.store = store;
        this.notes = notes;
    }

    public Indexer(RunStore store, Consumer<String> notes) {
        this(() -> Optional.of(store), notes);
    }

    /** The runs with their GitHub facts attached ({@link FetchedRuns#attach}), each stored once. */
    public List<Run> attach(List<Run> asRead) {
        return index(asRead).stream().map(IndexedRun::run).toList();
    }

    /** {@link #attach}, keeping each run's content hash. */
    public List<IndexedRun> index(List<Run> asRead) {
        List<Run> attached = FetchedRuns.attach(asRead);
        List<IndexedRun> indexed = new ArrayList<>(attached.size());
        for (int i = 0; i < attached.size(); i++) {
            indexed.add(new IndexedRun(ContentHash.of(asRead.get(i)), attached.get(i)));
        }
        Optional<RunStore> into = store.get();
        if (into.isPresent() && !into.get().readOnly()) {
            try {
                into.get().add(indexed);
            } catch (StoreException e) {
                noteOnce(e.getMessage() + "; the runs were read but not indexed");
            }
        }
        return indexed;
    }

    /**
     * Reads each file (an artifact zip) and indexes its runs; returns how many runs were read. A file that cannot
     * be read is told to {@code progress} and skipped: the zips were checked when they were fetched.
     */
    public int indexFiles(List<Path> files, Consumer<String> progress) {
        RunLoader loader = new RunLoader();
        int read = 0;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            result.problems().forEach(p -> progress.accept(p.toString()));
            read += index(result.runs()).size();
        }
        return read;
    }

    private synchronized void noteOnce(String note) {
        if (!failed) {
            failed = true;
            notes.accept(note);
        }
    }
}
