package dev.benchlens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code store rebuild}: a new local store made from the files its runs were read from, put in the old one's place.
 * The fetch cache's zips are read whole; the other files the old store indexed (folders, zips and files opened
 * anywhere) are read again where they still are. The runs whose files are gone (zips removed from the cache,
 * artifacts GitHub deleted) exist only in the old store: they are carried over from it, so that a rebuild gives
 * the same history. The old store is kept beside the new one.
 */
public final class LocalRebuild {

    private LocalRebuild() {}

    /**
     * What a rebuild did.
     *
     * @param fromCache  the runs read from the fetch cache's zips
     * @param fromFiles  the runs read again from the other files the old store had indexed
     * @param carried    the runs whose files are gone, carried over from the old store
     * @param previous   where the store it replaced is kept, if there was one
     */
    public record Outcome(int fromCache, int fromFiles, int carried, Optional<Path> previous) {}

    public static Outcome rebuild(StoreAddress address, Path cacheRoot, Consumer<String> progress)
            throws StoreException {
        Path file = address.file().toAbsolutePath();
        Path fresh = file.resolveSibling(file.getFileName() + ".rebuilding");
        StoreFiles.deleteOwn(fresh); // only ever a rebuild's own unfinished file
        int fromCache;
        int fromFiles = 0;
        int carried = 0;
        try (RunStore store = Stores.open(StoreAddress.ofFile(fresh), Stores.Refill.NONE, progress);
                RunStore old = Files.exists(file) ? openOld(address, progress) : null) {
            fromCache = Rebuild.fromCache(store, cacheRoot, progress);
            if (old != null) {
                Set<String> wanted = old.hashes();
                fromFiles = Rebuild.fromRecorded(store, old.origins(), Rebuild.zips(cacheRoot), wanted, progress);
                carried = old.copyTo(store, RunStore.Progress.NONE);
            }
        }
        Optional<Path> previous = Optional.empty();
        if (Files.exists(file)) {
            previous = Optional.of(StoreFiles.move(file, StoreFiles.aside(file, "before-rebuild")));
        }
        StoreFiles.move(fresh, file);
        return new Outcome(fromCache, fromFiles, carried, previous);
    }

    /** The store being replaced, or none when it cannot be read (then it is only kept, not read). */
    private static RunStore openOld(StoreAddress address, Consumer<String> progress) {
        try {
            return Stores.open(address, Stores.Refill.NONE, progress);
        } catch (StoreException e) {
            progress.accept("the store it replaces cannot be read (" + e.getMessage() + "); it is kept");
            return null;
        }
    }
}
