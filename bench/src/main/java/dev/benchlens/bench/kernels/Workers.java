package dev.benchlens.bench.kernels;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A persistent pool that runs the parts of one split operation: the calling thread runs part 0 and
 * {@code threads - 1} long-lived daemon threads run the others, so no thread is started per call.
 *
 * <p>Waiting threads spin for {@value #SPIN_NANOS} ns before they park, as OpenMP runtimes do: waking a parked
 * thread took tens of microseconds on the development machine, as long as a whole 4 MiB reduction, while a
 * kernel called again and again finds its workers still spinning.
 */
final class Workers {

    static final long SPIN_NANOS = 200_000;

    private static final Map<Integer, Workers> SHARED = new ConcurrentHashMap<>();

    private final int threads;
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();

    private Workers(int threads) {
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i + 1);
            Thread.ofPlatform().name("benchlens-worker-" + (i + 1)).daemon(true).start(workers[i]);
        }
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

    /**
     * Runs {@code part.accept(p)} for every {@code p} in {@code [0, threads)} and returns when all are done. A
     * call made while the pool is busy (from another thread, or from inside a part) runs every part itself.
     */
    void runParts(IntConsumer part) {
        if (!busy.compareAndSet(false, true)) {
            for (int p = 0; p < threads; p++) {
                part.accept(p);
            }
            return;
        }
        try {
            Job job = new Job(part, workers.length);
            for (Worker worker : workers) {
                worker.hand(job);
            }
            try {
                part.accept(0);
            } finally {
                job.awaitOthers();
            }
            if (job.failure != null) {
                throw new IllegalStateException("a worker failed", job.failure);
            }
        } finally {
            busy.set(false);
        }
    }

    /** Start of part {@code p} when {@code n} items are split into {@link #threads()} near-equal parts. */
    int start(int p, int n) {
        return (int) ((long) n * p / threads);
    }

    private static boolean stillSpinning(long since) {
        return System.nanoTime() - since < SPIN_NANOS;
    }

    /** One split operation: its parts, and how many the workers have still to finish. */
    private static final class Job {
        final IntConsumer part;
        final AtomicInteger remaining;
        final Thread caller = Thread.currentThread();
        volatile Throwable failure;

        Job(IntConsumer part, int others) {
            this.part = part;
            this.remaining = new AtomicInteger(others);
        }

        void done(Throwable thrown) {
            if (thrown != null) {
                failure = thrown;
            }
            if (remaining.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }

        void awaitOthers() {
            long since = System.nanoTime();
            while (remaining.get() > 0) {
                if (stillSpinning(since)) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    /** A daemon thread that runs its part of each job handed to it. */
    private static final class Worker implements Runnable {
        private final int part;
        private final AtomicReference<Job> next = new AtomicReference<>();
        private volatile Thread thread;

        Worker(int part) {
            this.part = part;
        }

        void hand(Job job) {
            next.set(job);
            Thread t = thread;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }

        @Override
        public void run() {
            thread = Thread.currentThread();
            while (true) {
                Job job = awaitJob();
                try {
                    job.part.accept(part);
                    job.done(null);
                } catch (RuntimeException | Error e) {
                    job.done(e);
                }
            }
        }

        private Job awaitJob() {
            long since = System.nanoTime();
            while (true) {
                Job job = next.getAndSet(null);
                if (job != null) {
                    return job;
                }
                if (stillSpinning(since)) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
