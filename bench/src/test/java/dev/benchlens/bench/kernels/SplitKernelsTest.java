package dev.benchlens.bench.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work split across threads gives the single-thread results: element-wise operations bit-exact, sums within the
 * summation tolerance of {@link Reference}. The split threshold is 1 here so that even small shapes are split,
 * including shapes with fewer rows than threads.
 */
class SplitKernelsTest {

    static Stream<Arguments> cases() {
        return casesOf(Inputs.values());
    }

    static Stream<Arguments> int32Cases() {
        return casesOf(IntInputs.values());
    }

    private static Stream<Arguments> casesOf(Enum<?>[] kinds) {
        List<Arguments> all = new ArrayList<>();
        for (int threads : new int[] {2, 3}) {
            for (int[] s : new int[][] {{1, 1}, {1, 37}, {2, 1}, {3, 17}, {65, 63}, {128, 130}}) {
                for (Enum<?> kind : kinds) {
                    all.add(Arguments.of(threads, s[0], s[1], kind));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} threads {1}x{2} {3}")
    @MethodSource("cases")
    void float32SplitMatchesOneThread(int threads, int rows, int cols, Inputs kind) {
        Kernels split = new SplitKernels(Workers.unbudgeted(threads), threads, 1, 1);
        Kernels one = new SimdKernels();
        int n = rows * cols;
        float[] a = kind.floats(n, 7L * n + threads);
        float[] v = Inputs.RANDOM.floats(Math.max(rows, cols), 11);

        Reference.Sum exact = new Reference.Sum();
        for (float x : a) {
            exact.add(x);
        }
        assertSum(split.sum(a), exact, Reference.FLOAT_U, Float.MIN_VALUE);

        float[] expected = new float[n];
        float[] got = new float[n];
        one.scale(a, 1 + 0x1p-10f, expected);
        split.scale(a, 1 + 0x1p-10f, got);
        assertThat(got).containsExactly(expected);
        one.addRowVector(a, rows, cols, v, expected);
        split.addRowVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);
        one.addColumnVector(a, rows, cols, v, expected);
        split.addColumnVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);

        float[] rowsSplit = new float[rows];
        split.rowMeans(a, rows, cols, rowsSplit);
        assertRowMeans(r -> rowsSplit[r], i -> a[i], rows, cols, Reference.FLOAT_U, Float.MIN_VALUE);
        float[] colsSplit = new float[cols];
        split.colMeans(a, rows, cols, colsSplit);
        assertColumnMeans(c -> colsSplit[c], i -> a[i], rows, cols, Reference.FLOAT_U, Float.MIN_VALUE);
    }

    @ParameterizedTest(name = "{0} threads {1}x{2} {3}")
    @MethodSource("cases")
    void float64SplitMatchesOneThread(int threads, int rows, int cols, Inputs kind) {
        Kernels split = new SplitKernels(Workers.unbudgeted(threads), threads, 1, 1);
        Kernels one = new SimdKernels();
        int n = rows * cols;
        double[] a = kind.doubles(n, 5L * n + threads);
        double[] v = Inputs.RANDOM.doubles(Math.max(rows, cols), 13);

        Reference.Sum exact = new Reference.Sum();
        for (double x : a) {
            exact.add(x);
        }
        assertSum(split.sum(a), exact, Reference.DOUBLE_U, Double.MIN_VALUE);

        double[] expected = new double[n];
        double[] got = new double[n];
        one.scale(a, 1.0009765625, expected);
        split.scale(a, 1.0009765625, got);
        assertThat(got).containsExactly(expected);
        one.addRowVector(a, rows, cols, v, expected);
        split.addRowVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);
        one.addColumnVector(a, rows, cols, v, expected);
        split.addColumnVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);

        double[] rowsSplit = new double[rows];
        split.rowMeans(a, rows, cols, rowsSplit);
        assertRowMeans(r -> rowsSplit[r], i -> a[i], rows, cols, Reference.DOUBLE_U, Double.MIN_VALUE);
        double[] colsSplit = new double[cols];
        split.colMeans(a, rows, cols, colsSplit);
        assertColumnMeans(c -> colsSplit[c], i -> a[i], rows, cols, Reference.DOUBLE_U, Double.MIN_VALUE);
    }

    /** int32 results are exact, so every split result, column means included, equals one thread's. */
    @ParameterizedTest(name = "{0} threads {1}x{2} {3}")
    @MethodSource("int32Cases")
    void int32SplitMatchesOneThread(int threads, int rows, int cols, IntInputs kind) {
        SplitKernels split = new SplitKernels(Workers.unbudgeted(threads), threads, 1, 1);
        SimdKernels one = new SimdKernels();
        int n = rows * cols;
        int[] a = kind.ints(n, 3L * n + threads);
        int[] v = IntInputs.EXTREMES.ints(Math.max(rows, cols), 17);

        Reference.Sum exact = new Reference.Sum();
        for (int x : a) {
            exact.add(x);
        }
        assertThat(split.sum(a)).isEqualTo(exact.exactLong());

        double[] scaledOne = new double[n];
        double[] scaledSplit = new double[n];
        one.scale(a, 1.0009765625, scaledOne);
        split.scale(a, 1.0009765625, scaledSplit);
        assertThat(scaledSplit).containsExactly(scaledOne);
        int[] expected = new int[n];
        int[] got = new int[n];
        one.addRowVector(a, rows, cols, v, expected);
        split.addRowVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);
        one.addColumnVector(a, rows, cols, v, expected);
        split.addColumnVector(a, rows, cols, v, got);
        assertThat(got).containsExactly(expected);

        double[] meansOne = new double[Math.max(rows, cols)];
        double[] meansSplit = new double[Math.max(rows, cols)];
        one.rowMeans(a, rows, cols, meansOne);
        split.rowMeans(a, rows, cols, meansSplit);
        assertThat(meansSplit).containsExactly(meansOne);
        one.colMeans(a, rows, cols, meansOne);
        split.colMeans(a, rows, cols, meansSplit);
        assertThat(meansSplit).containsExactly(meansOne);
    }

    /**
     * A worker that claims a chunk and then stalls for good, as one the OS has parked: sums and column means still
     * return the right result (the caller runs the stalled chunk again), and later calls stay right while the worker
     * is still stuck, its stale column sums never reaching them.
     */
    @Test
    void aStalledWorkerNeitherHoldsUpNorSpoilsPureResults() {
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Workers workers = new Workers(2, () -> 2, chunk -> {
            stalled.countDown();
            WorkersTest.await(release, 60);
        });
        SplitKernels split = new SplitKernels(workers, 2, 1, 1);
        int rows = 1024;
        int cols = 512;
        float[] a = Inputs.RANDOM.floats(rows * cols, 29);
        float[] b = Inputs.RANDOM.floats(rows * cols, 31);
        float[] meansSplit = new float[cols];
        try {
            for (int call = 0; call < 1000 && stalled.getCount() > 0; call++) {
                assertSum(split.sum(a), exactSum(a), Reference.FLOAT_U, Float.MIN_VALUE);
            }
            assertThat(stalled.getCount()).as("the worker stalled in some call").isZero();
            for (float[] input : new float[][] {a, b, a}) {
                assertSum(split.sum(input), exactSum(input), Reference.FLOAT_U, Float.MIN_VALUE);
                split.colMeans(input, rows, cols, meansSplit);
                assertColumnMeans(c -> meansSplit[c], i -> input[i], rows, cols, Reference.FLOAT_U, Float.MIN_VALUE);
            }
        } finally {
            release.countDown();
        }
    }

    /**
     * Row means within the summation tolerance, not bit for bit against one thread: a row is reduced with the Vector
     * API's {@code reduceLanes(ADD)}, whose order of additions is unspecified and differs between interpreted and
     * compiled code, so two threads at different stages of compilation can round the same row differently.
     */
    private static void assertRowMeans(
            IntToDoubleFunction got, IntToDoubleFunction element, int rows, int cols, double u, double subnormal) {
        // The rows of the matrix are the columns of its transpose.
        assertColumnMeans(
                got,
                i -> element.applyAsDouble((i % rows) * cols + i / rows),
                /* rows= */ cols,
                /* cols= */ rows,
                u,
                subnormal);
    }

    /**
     * Split column means add each thread's partial sums at the end, in another order than one thread adds, so they
     * are held to the exact means within the kernels' tolerance rather than to one thread's bits.
     */
    private static void assertColumnMeans(
            IntToDoubleFunction got, IntToDoubleFunction element, int rows, int cols, double u, double subnormal) {
        for (int c = 0; c < cols; c++) {
            Reference.Sum column = new Reference.Sum();
            for (int r = 0; r < rows; r++) {
                column.add(element.applyAsDouble(r * cols + c));
            }
            double want = column.mean();
            if (Double.isNaN(want)) {
                assertThat(got.applyAsDouble(c)).as("column %d", c).isNaN();
            } else if (Double.isInfinite(want)) {
                assertThat(got.applyAsDouble(c)).as("column %d", c).isEqualTo(want);
            } else {
                assertThat(got.applyAsDouble(c))
                        .as("column %d", c)
                        .isCloseTo(want, org.assertj.core.data.Offset.offset(column.tolerance(u, subnormal, rows)));
            }
        }
    }

    private static Reference.Sum exactSum(float[] a) {
        Reference.Sum exact = new Reference.Sum();
        for (float x : a) {
            exact.add(x);
        }
        return exact;
    }

    private static void assertSum(double got, Reference.Sum exact, double u, double subnormal) {
        double want = exact.value();
        if (Double.isNaN(want)) {
            assertThat(got).isNaN();
        } else if (Double.isInfinite(want)) {
            assertThat(got).isEqualTo(want);
        } else {
            assertThat(got).isCloseTo(want, org.assertj.core.data.Offset.offset(exact.tolerance(u, subnormal, 1)));
        }
    }
}
