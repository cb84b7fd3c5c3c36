package dev.benchlens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code store rebuild}: a new local store made from the fetch cache's zips, put in the old one's place. The old
 * one is kept beside it, and the runs only it holds (their zips gone from the cache) are counted, so that nothing
 * is lost without the user being told how to get it back.
 */
public final class LocalRebuild {

    private LocalRebuild() {}

    /**
     * What a rebuild did.
     *
     * @param runs           the runs read from the cache into the new store
     * @param previous       where the store it replaced is kept, if there was one
     * @param onlyInPrevious how many runs the replaced store holds that the new one does not
     */
    public record Outcome(int runs, Optional<Path> previous, int onlyInPrevious) {}

    public static Outcome rebuild(StoreAddress address, Path cacheRoot, Consumer<String> progress)
            throws StoreException {
        Path file = address.file().toAbsolutePath();
        Path fresh = file.resolveSibling(file.getFileName() + ".rebuilding");
        StoreFiles.deleteOwn(fresh); // only ever a rebuild's own unfinished file
        int runs;
        Set<String> rebuilt;
        try (RunStore store = Stores.open(StoreAddress.ofFile(fresh), Stores.Refill.NONE, progress)) {
            runs = Rebuild.fromCache(store, cacheRoot, progress);
            rebuilt = store.hashes();
        }
        Optional<Path> previous = Optional.empty();
        int onlyInPrevious = 0;
        if (Files.exists(file)) {
            try (RunStore old = Stores.open(address, Stores.Refill.NONE, progress)) {
                Set<String> only = new HashSet<>(old.hashes());
                only.removeAll(rebuilt);
                onlyInPrevious = only.size();
            } catch (StoreException e) {
                progress.accept("the store it replaces cannot be read (" + e.getMessage() + "); it is kept");
            }
            previous = Optional.of(StoreFiles.move(file, StoreFiles.aside(file, "before-rebuild")));
        }
        StoreFiles.move(fresh, file);
        return new Outcome(runs, previous, onlyInPrevious);
    }
}
