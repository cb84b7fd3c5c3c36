package dev.benchlens.bench.kernels;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A persistent pool that runs the parts of one split operation: the calling thread runs part 0 and
 * {@code threads - 1} long-lived daemon threads run the others, so no thread is started per call.
 */
final class Workers {

    private static final Map<Integer, Workers> SHARED = new ConcurrentHashMap<>();

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads - 1, task -> {
            Thread t = new Thread(task, "benchlens-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** One pool per thread count for the whole JVM, so that creating kernels never leaks threads. */
    static Workers shared(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("a split needs at least 2 threads, got " + threads);
        }
        return SHARED.computeIfAbsent(threads, Workers::new);
    }

    int threads() {
        return threads;
    }

    /** Runs {@code part.accept(p)} for every {@code p} in {@code [0, threads)} and returns when all are done. */
    void runParts(IntConsumer part) {
        Future<?>[] others = new Future<?>[threads - 1];
        for (int p = 1; p < threads; p++) {
            int index = p;
            others[p - 1] = pool.submit(() -> part.accept(index));
        }
        part.accept(0);
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a worker", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed", e.getCause());
            }
        }
    }

    /** Start of part {@code p} when {@code n} items are split into {@link #threads()} near-equal parts. */
    int start(int p, int n) {
        return (int) ((long) n * p / threads);
    }
}
