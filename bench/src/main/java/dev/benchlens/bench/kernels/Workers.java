package dev.benchlens.bench.kernels;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * A persistent pool that runs the chunks of one split operation. The calling thread takes part: it and the workers
 * claim chunks one at a time from a shared counter, so a worker that the OS has parked, or that wakes late, holds
 * up at most the one chunk it has claimed, and a worker that never wakes holds up nothing.
 *
 * <p>Nobody spins: idle workers park, and a caller that waits for a claimed chunk parks until its worker finishes
 * it. Chunks whose results go into slots of the job's own (see {@link #runPure}) are not even waited for: the caller
 * runs a straggler's chunk again itself and reads its own result. Only {@link #participants()} threads take part,
 * never more than the processors this JVM may use at the moment (cgroup quota and CPU affinity, which
 * {@link Runtime#availableProcessors()} reads).
 */
final class Workers {

    /** A chunk whose result goes into {@code slot}, in arrays that only the job reads. */
    @FunctionalInterface
    interface PureChunk {
        void run(int chunk, int slot);
    }

    private static final Map<Integer, Workers> SHARED = new ConcurrentHashMap<>();
    private static final Map<Integer, Workers> UNBUDGETED = new ConcurrentHashMap<>();

    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<Job> current = new AtomicReference<>();
    private final IntSupplier allowedProcessors;

    /**
     * A pool of {@code threads - 1} workers; {@code beforeWorkerChunk} runs on a worker before each chunk it claims
     * (a no-op but in tests, which use it to stall a worker).
     */
    Workers(int threads, IntSupplier allowedProcessors, IntConsumer beforeWorkerChunk) {
        if (threads < 2) {
            throw new IllegalArgumentException("a split needs at least 2 threads, got " + threads);
        }
        this.allowedProcessors = allowedProcessors;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i + 1, beforeWorkerChunk);
            workers[i].thread = Thread.ofPlatform()
                    .name("benchlens-worker-" + (i + 1))
                    .daemon(true)
                    .start(workers[i]);
        }
    }

    /** One pool per thread count for the whole JVM, so that creating kernels never leaks threads. */
    static Workers shared(int threads) {
        return SHARED.computeIfAbsent(threads, n -> new Workers(n, ProcessorBudget::now, chunk -> {}));
    }

    /**
     * One pool per thread count that every allowed processor may join whatever else is running: for measuring what
     * the machine can do ({@link SplitThresholds}) and for tests that must split.
     */
    static Workers unbudgeted(int threads) {
        return UNBUDGETED.computeIfAbsent(
                threads, n -> new Workers(n, Runtime.getRuntime()::availableProcessors, chunk -> {}));
    }

    /** The threads a split may use now: the pool's size, or fewer when the process may use fewer processors. */
    int participants() {
        return Math.max(1, Math.min(workers.length + 1, allowedProcessors.getAsInt()));
    }

    /**
     * Runs {@code chunk.accept(c)} for every {@code c} in {@code [0, chunks)} and returns when all have run. For
     * chunks that write into the caller's arrays: the caller waits (parked) for chunks that workers have claimed.
     */
    void run(int chunks, IntConsumer chunk) {
        Job job = new Job(chunks, (c, slot) -> chunk.accept(c), false);
        execute(job);
    }

    /**
     * Runs {@code chunk.run(c, c)} for every {@code c} in {@code [0, chunks)}; a chunk that a worker has claimed but
     * not finished when the caller runs out of chunks is run again by the caller as {@code chunk.run(c, chunks + c)}.
     * Returns, for each chunk, the slot that holds its result. The straggler may still write into its slot after
     * this returns, so slots below {@code chunks} must be arrays of this call's own, not the caller's.
     */
    int[] runPure(int chunks, PureChunk chunk) {
        Job job = new Job(chunks, chunk, true);
        execute(job);
        return job.slots;
    }

    private void execute(Job job) {
        int helpers = participants() - 1;
        if (helpers == 0 || job.chunks < 2 || !busy.compareAndSet(false, true)) {
            job.runAlone();
            return;
        }
        try {
            job.helpers = helpers;
            current.set(job);
            for (int i = 0; i < helpers; i++) {
                workers[i].wake();
            }
            job.runAsCaller();
        } finally {
            current.compareAndSet(job, null);
            busy.set(false);
        }
    }

    /** One split operation: its chunks, who has claimed and finished which, and the slots of the results. */
    private static final class Job {
        final int chunks;
        final PureChunk chunk;
        final boolean pure;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger unfinished;
        final AtomicIntegerArray finished;
        final int[] slots;
        final Thread caller = Thread.currentThread();
        volatile int helpers;
        volatile Throwable failure;

        Job(int chunks, PureChunk chunk, boolean pure) {
            this.chunks = chunks;
            this.chunk = chunk;
            this.pure = pure;
            this.unfinished = new AtomicInteger(chunks);
            this.finished = pure ? new AtomicIntegerArray(chunks) : null;
            this.slots = pure ? new int[chunks] : null;
        }

        void runAlone() {
            for (int c = 0; c < chunks; c++) {
                chunk.run(c, c);
            }
            if (pure) {
                for (int c = 0; c < chunks; c++) {
                    slots[c] = c;
                }
            }
        }

        void runAsCaller() {
            try {
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    chunk.run(c, c);
                    markFinished(c);
                }
            } catch (RuntimeException | Error e) {
                next.set(chunks); // the workers claim nothing more of a failed job
                throw e;
            }
            if (pure) {
                finishStragglersChunks();
            } else {
                while (unfinished.get() > 0) {
                    LockSupport.park(this);
                }
            }
            Throwable failed = failure;
            if (failed != null) {
                throw new IllegalStateException("a worker failed", failed);
            }
        }

        /** Every chunk is claimed: the caller runs those not finished yet again, into its own slots. */
        private void finishStragglersChunks() {
            for (int c = 0; c < chunks; c++) {
                if (finished.get(c) != 0) {
                    slots[c] = c;
                } else {
                    chunk.run(c, chunks + c);
                    slots[c] = chunks + c;
                }
            }
        }

        /** Run by a worker: claims chunks until none is left. */
        void help(IntConsumer beforeChunk) {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    beforeChunk.accept(c);
                    chunk.run(c, c);
                } catch (RuntimeException | Error e) {
                    failure = e; // the other chunks still run: the caller may be waiting for every one to finish
                }
                markFinished(c);
            }
        }

        private void markFinished(int c) {
            if (pure) {
                finished.set(c, 1); // the caller does not wait for pure chunks, so it needs no wake-up
            } else if (unfinished.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** A daemon thread that helps with each job it is woken for, and parks in between. */
    private final class Worker implements Runnable {
        private final int index;
        private final IntConsumer beforeChunk;
        private volatile Thread thread;
        private Job last;

        Worker(int index, IntConsumer beforeChunk) {
            this.index = index;
            this.beforeChunk = beforeChunk;
        }

        void wake() {
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            while (true) {
                Job job = current.get();
                if (job != null && job != last && index <= job.helpers) {
                    last = job;
                    job.help(beforeChunk);
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
