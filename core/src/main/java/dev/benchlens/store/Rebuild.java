package dev.benchlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Fills a store from the artifacts in the fetch cache, one zip at a time, so that memory holds one artifact. */
public final class Rebuild {

    private Rebuild() {}

    /**
     * Indexes every zip under {@code cacheRoot} into {@code store}; returns how many runs were read. A zip that
     * cannot be read is told to {@code progress} and skipped.
     */
    public static int fromCache(RunStore store, Path cacheRoot, Consumer<String> progress) throws StoreException {
        List<Path> zips = zips(cacheRoot);
        StoreException[] failure = {null};
        Indexer indexer = new Indexer(store, note -> failure[0] = new StoreException(note));
        int read = 0;
        for (int i = 0; i < zips.size(); i++) {
            Path zip = zips.get(i);
            int runs = indexer.indexFiles(List.of(zip), progress);
            if (failure[0] != null) {
                throw failure[0];
            }
            read += runs;
            progress.accept("read " + cacheRoot.relativize(zip) + " (" + (i + 1) + "/" + zips.size() + "): " + runs
                    + " run(s)");
        }
        return read;
    }

    /** The artifact zips under the cache folder, in name order; none when there is no cache yet. */
    static List<Path> zips(Path cacheRoot) throws StoreException {
        if (!Files.isDirectory(cacheRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cacheRoot)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot list the fetch cache " + cacheRoot + ": " + e.getMessage(), e);
        }
    }
}
