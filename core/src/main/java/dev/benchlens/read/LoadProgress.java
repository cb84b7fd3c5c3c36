package dev.benchlens.read;

/** Told about each file as it is read, so that long loads can show progress. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (location, done, total) -> {};

    /**
     * Called after each file is read.
     *
     * @param location the file or entry just read
     * @param done     how many of the files found so far have been read
     * @param total    how many files have been found so far (it can grow while folders and zips are opened)
     */
    void fileRead(String location, int done, int total);
}
