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
    void everyPartRunsOnceAndTheCallerRunsPartZero() {
        Workers workers = Workers.shared(3);
        for (int round = 0; round < 1000; round++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(3);
            Thread caller = Thread.currentThread();
            Thread[] ranOn = new Thread[3];
            workers.runParts(p -> {
                runs.incrementAndGet(p);
                ranOn[p] = Thread.currentThread();
            });
            assertThat(runs).hasToString("[1, 1, 1]");
            assertThat(ranOn[0]).isSameAs(caller);
            assertThat(ranOn[1]).isNotSameAs(caller);
        }
    }

    @Test
    void aFailingWorkerPartFailsTheCallAndThePoolKeepsWorking() {
        Workers workers = Workers.shared(2);
        assertThatThrownBy(() -> workers.runParts(p -> {
                    if (p == 1) {
                        throw new ArithmeticException("part 1 broke");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("part 1 broke");

        assertThatThrownBy(() -> workers.runParts(p -> {
                    if (p == 0) {
                        throw new ArithmeticException("part 0 broke");
                    }
                }))
                .isInstanceOf(ArithmeticException.class);

        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        workers.runParts(runs::incrementAndGet);
        assertThat(runs).hasToString("[1, 1]");
    }

    @Test
    void callersAtTheSameTimeEachGetAllTheirPartsRun() throws Exception {
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
                        workers.runParts(runs::incrementAndGet);
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
}
