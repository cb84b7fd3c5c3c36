package dev.benchlens.viewer.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The comparing lane: parallel work started in it stays on all cores but one, never the common pool's threads. */
class FxBackgroundExecutorTest {

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void aParallelStreamRunsOnAtMostAllButOneCore() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        long sum = executor.await(
                Lane.COMPARING,
                () -> IntStream.range(0, 200_000)
                        .parallel()
                        .peek(i -> used.add(Thread.currentThread()))
                        .asLongStream()
                        .sum());

        assertThat(sum).isEqualTo(199_999L * 200_000L / 2);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(used).hasSizeLessThanOrEqualTo(Math.max(1, cores - 1));
        assertThat(used).noneMatch(t -> t.getName().startsWith("ForkJoinPool.commonPool"));
    }

    @Test
    void theOtherLanesRunOnThreadsOfTheirOwn() throws Exception {
        Thread comparing = executor.await(Lane.COMPARING, Thread::currentThread);
        Thread drawing = executor.await(Lane.DRAWING, Thread::currentThread);
        Thread exporting = executor.await(Lane.EXPORTING, Thread::currentThread);

        assertThat(drawing.getName()).startsWith("benchlens-drawing");
        assertThat(exporting.getName()).startsWith("benchlens-exporting");
        assertThat(Set.of(comparing, drawing, exporting)).hasSize(3);
    }

    @Test
    void theWorksOwnExceptionComesBackUnwrapped() {
        assertThatThrownBy(() -> executor.await(Lane.COMPARING, () -> {
                    throw new IOException("file gone");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("file gone");
    }
}
