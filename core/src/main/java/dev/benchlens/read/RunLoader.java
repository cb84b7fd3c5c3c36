package dev.benchlens.read;

import dev.benchlens.read.container.ContainerWalker;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads runs from files, folders and zips (GitHub Actions artifacts included), detecting each file's format from
 * its content: Benchlens results, the upstream comparison script's output with its metadata sidecars, and JMH's
 * JSON. One bad file gives one {@link LoadProblem} and never stops the others.
 */
public final class RunLoader {

    private final LoadLimits limits;

    public RunLoader() {
        this(LoadLimits.DEFAULTS);
    }

    public RunLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads every path in order, telling {@code progress} about each file as it is read. Interrupting the calling
     * thread stops the load before its next file; what was read by then is returned, with one problem saying so.
     */
    public LoadResult load(List<Path> paths, LoadProgress progress) {
        LoadSession session = new LoadSession(progress);
        ContainerWalker walker = new ContainerWalker(limits, session);
        for (Path path : paths) {
            walker.walk(path);
        }
        return session.result();
    }

    public LoadResult load(Path path) {
        return load(List.of(path), LoadProgress.NONE);
    }
}
