package dev.benchlens.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads runs from files, folders and zips, detecting each file's format from its content. One bad file gives a
 * {@link LoadProblem} and never stops the others.
 */
public final class RunLoader {

    public LoadResult load(List<Path> paths, LoadProgress progress) {
        throw new UnsupportedOperationException("being written: see issue 2, readers");
    }

    public LoadResult load(Path path) {
        return load(List.of(path), LoadProgress.NONE);
    }
}
