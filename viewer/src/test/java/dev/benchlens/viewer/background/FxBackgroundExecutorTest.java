package dev.benchlens.viewer.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work started through SpareCore stays in its pool and never reaches the common pool's threads. */
class SpareCoreTest {

    @Test
    void aParallelStreamRunsOnAtMostAllButOneCore() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        long sum = SpareCore.call(() -> IntStream.range(0, 200_000)
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
    void theWorksOwnExceptionComesBackUnwrapped() {
        assertThatThrownBy(() -> SpareCore.call(() -> {
                    throw new IOException("file gone");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("file gone");
    }
}
