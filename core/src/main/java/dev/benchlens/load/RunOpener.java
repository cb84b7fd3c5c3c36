package dev.benchlens.load;

import dev.benchlens.format.Run;
import dev.benchlens.github.FetchedRuns;
import dev.benchlens.identity.RunNames;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.Reading;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.RunStarts;
import dev.benchlens.store.Indexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Finished runs from paths, the one way every interface opens files: read by {@link RunLoader} (each path once,
 * every bad file a problem, files skipped on purpose a note), given the facts of the GitHub workflow run that made
 * them when they were fetched ({@link FetchedRuns}) and kept in the run store ({@link Indexer}), and named so that
 * no two share a name ({@link RunNames}), the same names whatever order the paths come in. The starts of large
 * files, shown while they are read, are finished the same way ({@link #starts}).
 */
public final class RunOpener {

    private final RunLoader loader;
    private final Indexer indexer;

    public RunOpener() {
        this(new RunLoader());
    }

    public RunOpener(RunLoader loader) {
        this(loader, Indexer.NONE);
    }

    /** Reads with the default limits; {@code indexer} gives the runs their fetched facts and stores each once. */
    public RunOpener(Indexer indexer) {
        this(new RunLoader(), indexer);
    }

    /** Opens with {@code indexer} giving the runs their fetched facts and keeping each in the run store once. */
    public RunOpener(RunLoader loader, Indexer indexer) {
        this.loader = loader;
        this.indexer = indexer;
    }

    /** The runs of {@code paths}, named among themselves. */
    public LoadResult open(List<Path> paths, LoadProgress progress) {
        LoadResult read = read(paths, progress);
        return new LoadResult(named(read.runs()), read.problems(), read.notes());
    }

    /**
     * The runs of {@code paths} finished but for their names, for runs that join others read apart (one argument of
     * several, one file of an opening): {@link #named} names them once all are there.
     */
    public LoadResult read(List<Path> paths, LoadProgress progress) {
        LoadResult read = loader.load(paths, progress);
        return new LoadResult(indexer.attach(read.runs()), read.problems(), read.notes());
    }

    /** One path's runs finished but for their names, as {@link #read} gives them. */
    public LoadResult read(Path path, LoadProgress progress) {
        return read(List.of(path), progress);
    }

    /**
     * Starts reading each path on its own, as {@link Reading} spreads them over {@code threads}; each result is
     * finished but for its names, which {@link #named} gives once all are there.
     */
    public Reading readEach(List<Path> paths, Executor threads, Reading.Listener listener) {
        return Reading.start(paths, threads, this::read, listener);
    }

    /** Reads the start of one file, as {@link RunStarts#read(Path, int)} does, or a stand-in in tests. */
    @FunctionalInterface
    public interface StartReader {
        Optional<Run> read(Path file, int measurements);
    }

    /**
     * The start of each path's run, read by {@code reader} up to {@code measurements} and finished as {@link #read}
     * finishes whole runs (a fetched artifact's runs carry its workflow run's facts), but not stored, since a start is
     * not the whole run; empty as soon as one path has no start. Named, like {@link #read}'s runs, by {@link #named}.
     */
    public static List<Run> starts(List<Path> paths, StartReader reader, int measurements) {
        List<Run> read = new ArrayList<>(paths.size());
        for (Path path : paths) {
            Optional<Run> start = reader.read(path, measurements);
            if (start.isEmpty()) {
                return List.of();
            }
            read.add(start.get());
        }
        return List.copyOf(FetchedRuns.attach(read));
    }

    /** The runs in the same order, named apart from each other: a function of the set, not of its order. */
    public static List<Run> named(List<Run> runs) {
        return RunNames.distinct(runs);
    }
}
