package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs work that spreads over cores (core's comparison computes its rows in parallel) on every core but one, so
 * that the window's UI and render threads always find one free. On a 2-core machine, swapping the baseline of two
 * 100,000-operation runs left the window unanswered for up to 135-294 ms with both cores comparing, 100-113 ms
 * with one spare (docs/performance.md). Parallel streams run in the pool of the task that starts them (the
 * contract of {@code ForkJoinTask.fork}), which is what confines them here.
 */
public final class SpareCore {

    private static final ForkJoinPool ALL_BUT_ONE =
            new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    private SpareCore() {}

    /** Runs {@code work} in the pool and returns its result, or throws what it threw, as it threw it. */
    public static <T> T call(Callable<T> work) throws Exception {
        // A CompletableFuture hands back the work's own exception; ForkJoinTask.get would rethrow a copy of it.
        CompletableFuture<T> result = new CompletableFuture<>();
        ALL_BUT_ONE.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case Exception cause -> throw cause;
                case Error cause -> throw cause;
                default -> throw e;
            }
        }
    }
}
