package dev.benchlens.bench.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void everyChunkRunsOnceAndWorkersTakePart() {
        Workers workers = new Workers(3, () -> 3, WorkersTest::noStall);
        Thread caller = Thread.currentThread();
        boolean helped = false;
        for (int round = 0; round < 1000; round++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(10);
            Thread[] ranOn = new Thread[10];
            workers.run(10, c -> {
                runs.incrementAndGet(c);
                ranOn[c] = Thread.currentThread();
            });
            assertThat(runs).hasToString("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]");
            for (Thread t : ranOn) {
                helped |= t != caller;
            }
        }
        assertThat(helped).as("a worker ran some chunk in 1000 calls").isTrue();
    }

    @Test
    void noMoreThreadsThanTheProcessorsAllowedNow() {
        Workers workers = new Workers(3, () -> 1, WorkersTest::noStall);
        Thread caller = Thread.currentThread();
        for (int round = 0; round < 200; round++) {
            workers.run(8, c -> assertThat(Thread.currentThread()).isSameAs(caller));
        }
    }

    /**
     * The point of pure chunks: a worker that claims a chunk and then stalls (as one the OS has descheduled) is not
     * waited for. The caller runs that chunk again into its own slot and returns the right result.
     */
    @Test
    void theCallerFinishesTheChunkOfAStalledWorkerWithoutWaitingForIt() throws Exception {
        CountDownLatch workerClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Workers workers = new Workers(2, () -> 2, chunk -> {
            workerClaimed.countDown();
            await(release, 60);
        });
        Thread caller = Thread.currentThread();
        int chunks = 8;
        long[] partial = new long[2 * chunks];
        try {
            int[] slots = workers.runPure(chunks, (c, slot) -> {
                if (Thread.currentThread() == caller) {
                    await(workerClaimed, 10); // so that the worker claims a chunk before the caller takes them all
                }
                partial[slot] = (c + 1L) * (c + 1L);
            });
            long total = 0;
            int redone = 0;
            for (int c = 0; c < chunks; c++) {
                total += partial[slots[c]];
                redone += slots[c] == chunks + c ? 1 : 0;
            }
            assertThat(workerClaimed.getCount()).isZero();
            assertThat(total).isEqualTo(204); // 1 + 4 + ... + 64
            assertThat(redone)
                    .as("the stalled worker's one chunk, run again by the caller")
                    .isEqualTo(1);
        } finally {
            release.countDown();
        }
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        workers.run(4, runs::incrementAndGet);
        assertThat(runs).hasToString("[1, 1, 1, 1]");
    }

    /** Chunks that write into the caller's arrays are waited for: the result is complete when the call returns. */
    @Test
    void aWritingChunkOfAStalledWorkerIsWaitedFor() {
        CountDownLatch workerClaimed = new CountDownLatch(1);
        Workers workers = new Workers(2, () -> 2, chunk -> {
            workerClaimed.countDown();
            sleep(50);
        });
        Thread caller = Thread.currentThread();
        int[] out = new int[8];
        long start = System.nanoTime();
        workers.run(8, c -> {
            if (Thread.currentThread() == caller) {
                await(workerClaimed, 10);
            }
            out[c] = c + 1;
        });
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(out).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aFailingChunkFailsTheCallAndThePoolKeepsWorking() {
        Workers workers = new Workers(2, () -> 2, WorkersTest::noStall);
        for (int round = 0; round < 50; round++) {
            assertThatThrownBy(() -> workers.run(4, c -> {
                        if (c == 2) {
                            throw new ArithmeticException("chunk 2 broke");
                        }
                    }))
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(ArithmeticException.class),
                            e -> assertThat(e)
                                    .isInstanceOf(IllegalStateException.class)
                                    .hasRootCauseMessage("chunk 2 broke"));
        }
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        workers.run(4, runs::incrementAndGet);
        assertThat(runs).hasToString("[1, 1, 1, 1]");
    }

    @Test
    void callersAtTheSameTimeEachGetAllTheirChunksRun() throws Exception {
        Workers workers = Workers.shared(2);
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<Integer, AtomicIntegerArray> seen = new ConcurrentHashMap<>();
        try {
            Future<?>[] done = new Future<?>[callers];
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done[c] = pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 500; round++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(2);
                        workers.run(2, runs::incrementAndGet);
                        seen.merge(caller, runs, (a, b) -> {
                            a.addAndGet(0, b.get(0));
                            a.addAndGet(1, b.get(1));
                            return a;
                        });
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen.values())
                .hasSize(callers)
                .allSatisfy(runs -> assertThat(runs).hasToString("[500, 500]"));
    }

    private static void noStall(int chunk) {}

    static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
