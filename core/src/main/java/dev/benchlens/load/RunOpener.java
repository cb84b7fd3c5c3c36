package dev.benchlens.load;

import dev.benchlens.format.Run;
import dev.benchlens.github.FetchedRuns;
import dev.benchlens.identity.RunNames;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.Reading;
import dev.benchlens.read.RunLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Finished runs from paths, the one way every interface opens files: read by {@link RunLoader} (each path once,
 * every bad file a problem, files skipped on purpose a note), given the facts of the GitHub workflow run that made
 * them when they were fetched ({@link FetchedRuns}), and named so that no two share a name ({@link RunNames}), the
 * same names whatever order the paths come in.
 */
public final class RunOpener {

    private final RunLoader loader;

    public RunOpener() {
        this(new RunLoader());
    }

    public RunOpener(RunLoader loader) {
        this.loader = loader;
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
        return new LoadResult(FetchedRuns.attach(read.runs()), read.problems(), read.notes());
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

    /** The runs in the same order, named apart from each other: a function of the set, not of its order. */
    public static List<Run> named(List<Run> runs) {
        return RunNames.distinct(runs);
    }
}
