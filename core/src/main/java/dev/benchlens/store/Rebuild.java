package dev.benchlens.store;

import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Fills a store from the files runs were read from, one file at a time, so that memory holds one artifact. */
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

    /**
     * Reads again the files a store's runs were read from ({@code origins}, as {@link RunStore#origins()} gives
     * them) that are still there, skipping {@code alreadyRead}, and adds those of their runs that {@code wanted}
     * holds: a file changed since, or a relative path that now names another file, adds nothing that was not
     * indexed before. Returns how many runs it added.
     */
    public static int fromRecorded(
            RunStore store,
            Collection<String> origins,
            Collection<Path> alreadyRead,
            Set<String> wanted,
            Consumer<String> progress)
            throws StoreException {
        Set<Path> skipped = new LinkedHashSet<>();
        alreadyRead.forEach(p -> skipped.add(p.toAbsolutePath().normalize()));
        RunLoader loader = new RunLoader();
        int added = 0;
        for (Path file : recordedFiles(origins)) {
            if (!skipped.add(file)) {
                continue;
            }
            LoadResult result = loader.load(file);
            result.problems().forEach(p -> progress.accept(p.toString()));
            List<IndexedRun> runs = Indexer.NONE.index(result.runs()).stream()
                    .filter(run -> wanted.contains(run.hash()))
                    .toList();
            int runsAdded = store.add(runs);
            added += runsAdded;
            progress.accept("read " + file + ": " + runsAdded + " run(s)");
        }
        return added;
    }

    /** The files named by the origins ({@code archive.zip!/entry.json} names the zip) that exist, in name order. */
    static List<Path> recordedFiles(Collection<String> origins) {
        Set<Path> files = new TreeSet<>();
        for (String origin : origins) {
            int inside = origin.indexOf("!/");
            String name = inside < 0 ? origin : origin.substring(0, inside);
            try {
                Path file = Path.of(name).toAbsolutePath().normalize();
                if (!name.isEmpty() && Files.isRegularFile(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException e) {
                // An origin from another system's paths: nothing here to read.
            }
        }
        return List.copyOf(files);
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
