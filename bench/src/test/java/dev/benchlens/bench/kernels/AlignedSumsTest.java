package dev.benchlens.bench.kernels;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Line-aligned storage starts every array on a 64-byte boundary, and its sums meet the same tolerance as the heap
 * kernels' ({@link Reference}) on lengths around the vector width, the unrolled step and the float32 block.
 */
class AlignedSumsTest {

    private final AlignedStorage storage = new AlignedStorage();

    @AfterEach
    void free() {
        storage.close();
    }

    static Stream<Arguments> cases() {
        int lanes = SimdKernels.vectorBits() / Float.SIZE;
        int[] lengths = {0, 1, lanes - 1, lanes, lanes + 1, 4 * lanes - 1, 4 * lanes, 4 * lanes + 3, 4095, 4096,
            4097, 3 * 4096 + 17, 512 * 512};
        List<Arguments> all = new ArrayList<>();
        for (int n : lengths) {
            for (Inputs kind : Inputs.values()) {
                all.add(Arguments.of(n, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void float32(int n, Inputs kind) {
        float[] values = n == 0 ? new float[0] : kind.floats(n, 3L * n + 1);
        MemorySegment s = storage.copyOf(values);
        assertThat(s.address() % AlignedStorage.LINE_BYTES).isZero();
        Reference.Sum exact = new Reference.Sum();
        for (float x : values) {
            exact.add(x);
        }
        check(AlignedSums.sumFloats(s), exact, Reference.FLOAT_U, Float.MIN_VALUE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void float64(int n, Inputs kind) {
        double[] values = n == 0 ? new double[0] : kind.doubles(n, 5L * n + 1);
        MemorySegment s = storage.copyOf(values);
        assertThat(s.address() % AlignedStorage.LINE_BYTES).isZero();
        Reference.Sum exact = new Reference.Sum();
        for (double x : values) {
            exact.add(x);
        }
        check(AlignedSums.sumDoubles(s), exact, Reference.DOUBLE_U, Double.MIN_VALUE);
    }

    private static void check(double got, Reference.Sum exact, double u, double subnormal) {
        double want = exact.value();
        if (Double.isNaN(want)) {
            assertThat(got).isNaN();
        } else if (Double.isInfinite(want)) {
            assertThat(got).isEqualTo(want);
        } else {
            assertThat(got).isCloseTo(want, within(exact.tolerance(u, subnormal, 1)));
        }
    }
}
