package dev.benchlens.bench.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.format.SimdMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implementation against an exact reference, on random and edge inputs, in both layouts (tolerance: see
 * {@link Reference}). Element-wise results must be bit-exact: each element is one correctly rounded operation.
 * int32 results are exact (NumPy's semantics: int64 sums, float64 means and scaling, wrapping adds).
 */
class KernelCorrectnessTest {

    /** {@code auto} with BLAS switched on is tested as its own implementation. */
    private static final String AUTO_BLAS = "auto+blas";

    private static final Map<String, Optional<Kernels>> CREATED = new HashMap<>();
    private static final float GARBAGE = 12345f;

    private static final List<int[]> SHAPES = shapes();

    private static List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>(List.of(
                new int[] {1, 1},
                new int[] {1, 7},
                new int[] {7, 1},
                new int[] {1, 100},
                new int[] {100, 1},
                new int[] {3, 5},
                new int[] {16, 16},
                new int[] {17, 33},
                new int[] {64, 64},
                new int[] {65, 63},
                new int[] {5, 130}));
        Random rnd = new Random(20261126);
        for (int i = 0; i < 4; i++) {
            shapes.add(new int[] {1 + rnd.nextInt(70), 1 + rnd.nextInt(70)});
        }
        return List.copyOf(shapes);
    }

    static Stream<Arguments> cases() {
        List<String> impls = new ArrayList<>(
                Implementation.inJvmValues().stream().map(Implementation::label).toList());
        impls.add(AUTO_BLAS);
        return casesOf(impls, Inputs.values());
    }

    /** Every implementation that int32 applies to, and {@code auto+blas}, which runs int32 without BLAS. */
    static Stream<Arguments> int32Cases() {
        List<String> impls = new ArrayList<>(Implementation.inJvmValues().stream()
                .filter(impl -> impl.notApplicableReason(DType.INT32).isEmpty())
                .map(Implementation::label)
                .toList());
        impls.add(AUTO_BLAS);
        return casesOf(impls, IntInputs.values());
    }

    private static Stream<Arguments> casesOf(List<String> impls, Enum<?>[] kinds) {
        List<Arguments> all = new ArrayList<>();
        for (String impl : impls) {
            for (Layout layout : Layout.values()) {
                for (int[] s : SHAPES) {
                    for (Enum<?> kind : kinds) {
                        all.add(Arguments.of(impl, layout, s[0], s[1], kind));
                    }
                }
            }
        }
        return all.stream();
    }

    private static ViewOps opsFor(String impl) {
        Optional<Kernels> kernels = CREATED.computeIfAbsent(
                impl,
                name -> name.equals(AUTO_BLAS)
                        ? Implementation.BLAS
                                        .unavailableReason(Knobs.defaults())
                                        .isPresent()
                                ? Optional.empty()
                                : Implementation.AUTO.create(new Knobs(SimdMode.AUTO, BlasMode.ON, 1, null))
                        : Implementation.parse(name).create(Knobs.defaults()));
        Assumptions.assumeTrue(
                kernels.isPresent(),
                () -> "skipped: "
                        + Implementation.BLAS
                                .unavailableReason(Knobs.defaults())
                                .orElse(impl));
        return new ViewOps(kernels.get());
    }

    private static int index(Layout layout, int rows, int cols, int r, int c) {
        return layout == Layout.CONTIGUOUS ? r * cols + c : c * rows + r;
    }

    /** The exact sum of logical column {@code c}, reading storage index {@code i} through {@code storage}. */
    private static Reference.Sum column(IntToDoubleFunction storage, Layout layout, int rows, int cols, int c) {
        Reference.Sum sum = new Reference.Sum();
        for (int r = 0; r < rows; r++) {
            sum.add(storage.applyAsDouble(index(layout, rows, cols, r, c)));
        }
        return sum;
    }

    /** The exact sum of logical row {@code r}. */
    private static Reference.Sum row(IntToDoubleFunction storage, Layout layout, int rows, int cols, int r) {
        Reference.Sum sum = new Reference.Sum();
        for (int c = 0; c < cols; c++) {
            sum.add(storage.applyAsDouble(index(layout, rows, cols, r, c)));
        }
        return sum;
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3} {4}")
    @MethodSource("cases")
    void float32MatchesTheExactReference(String impl, Layout layout, int rows, int cols, Inputs kind) {
        ViewOps ops = opsFor(impl);
        int n = rows * cols;
        float[] a = kind.floats(n, 31L * n + rows);
        float[] v = Inputs.RANDOM.floats(cols, cols);
        double u = Reference.FLOAT_U;
        double sub = Float.MIN_VALUE;

        Reference.Sum all = new Reference.Sum();
        for (float x : a) {
            all.add(x);
        }
        assertClose("sum", ops.sum(a), all.value(), all.tolerance(u, sub, 1));
        assertClose("mean", ops.mean(a), all.mean(), all.tolerance(u, sub, n));

        float[] colMeans = filled(cols);
        ops.meanAxis0(a, rows, cols, layout, colMeans);
        for (int c = 0; c < cols; c++) {
            Reference.Sum col = column(i -> a[i], layout, rows, cols, c);
            assertClose("mean_axis0[" + c + "]", colMeans[c], col.mean(), col.tolerance(u, sub, rows));
        }
        float[] rowMeans = filled(rows);
        ops.meanAxis1(a, rows, cols, layout, rowMeans);
        for (int r = 0; r < rows; r++) {
            Reference.Sum row = row(i -> a[i], layout, rows, cols, r);
            assertClose("mean_axis1[" + r + "]", rowMeans[r], row.mean(), row.tolerance(u, sub, cols));
        }

        float[] sum = filled(n);
        ops.broadcastAdd(a, rows, cols, layout, v, sum);
        float[] expectedSum = new float[n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = index(layout, rows, cols, r, c);
                expectedSum[i] = a[i] + v[c];
            }
        }
        assertSameBits("broadcast_add", sum, expectedSum);

        float factor = (float) KernelOp.SCALE_FACTOR;
        float[] expectedScaled = new float[n];
        for (int i = 0; i < n; i++) {
            expectedScaled[i] = a[i] * factor;
        }
        float[] scaled = filled(n);
        ops.scale(a, factor, scaled);
        assertSameBits("scale", scaled, expectedScaled);
        float[] inPlace = a.clone();
        ops.scale(inPlace, factor, inPlace);
        assertSameBits("scale in place", inPlace, expectedScaled);
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3} {4}")
    @MethodSource("cases")
    void float64MatchesTheExactReference(String impl, Layout layout, int rows, int cols, Inputs kind) {
        ViewOps ops = opsFor(impl);
        int n = rows * cols;
        double[] a = kind.doubles(n, 17L * n + cols);
        double[] v = Inputs.RANDOM.doubles(cols, rows);
        double u = Reference.DOUBLE_U;
        double sub = Double.MIN_VALUE;

        Reference.Sum all = new Reference.Sum();
        for (double x : a) {
            all.add(x);
        }
        assertClose("sum", ops.sum(a), all.value(), all.tolerance(u, sub, 1));
        assertClose("mean", ops.mean(a), all.mean(), all.tolerance(u, sub, n));

        double[] colMeans = filledD(cols);
        ops.meanAxis0(a, rows, cols, layout, colMeans);
        for (int c = 0; c < cols; c++) {
            Reference.Sum col = column(i -> a[i], layout, rows, cols, c);
            assertClose("mean_axis0[" + c + "]", colMeans[c], col.mean(), col.tolerance(u, sub, rows));
        }
        double[] rowMeans = filledD(rows);
        ops.meanAxis1(a, rows, cols, layout, rowMeans);
        for (int r = 0; r < rows; r++) {
            Reference.Sum row = row(i -> a[i], layout, rows, cols, r);
            assertClose("mean_axis1[" + r + "]", rowMeans[r], row.mean(), row.tolerance(u, sub, cols));
        }

        double[] sum = filledD(n);
        ops.broadcastAdd(a, rows, cols, layout, v, sum);
        double[] expectedSum = new double[n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = index(layout, rows, cols, r, c);
                expectedSum[i] = a[i] + v[c];
            }
        }
        assertSameBits("broadcast_add", sum, expectedSum);

        double[] expectedScaled = new double[n];
        for (int i = 0; i < n; i++) {
            expectedScaled[i] = a[i] * KernelOp.SCALE_FACTOR;
        }
        double[] scaled = filledD(n);
        ops.scale(a, KernelOp.SCALE_FACTOR, scaled);
        assertSameBits("scale", scaled, expectedScaled);
        double[] inPlace = a.clone();
        ops.scale(inPlace, KernelOp.SCALE_FACTOR, inPlace);
        assertSameBits("scale in place", inPlace, expectedScaled);
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3} {4}")
    @MethodSource("int32Cases")
    void int32MatchesTheExactReference(String impl, Layout layout, int rows, int cols, IntInputs kind) {
        ViewOps ops = opsFor(impl);
        int n = rows * cols;
        int[] a = kind.ints(n, 13L * n + rows);
        int[] v = (kind == IntInputs.SMALL ? IntInputs.SMALL : IntInputs.EXTREMES).ints(cols, cols);

        Reference.Sum all = new Reference.Sum();
        for (int x : a) {
            all.add(x);
        }
        assertThat(ops.sum(a)).as("sum").isEqualTo(all.exactLong());
        assertThat(ops.mean(a)).as("mean").isEqualTo(all.mean());

        double[] colMeans = filledD(cols);
        ops.meanAxis0(a, rows, cols, layout, colMeans);
        for (int c = 0; c < cols; c++) {
            Reference.Sum col = column(i -> a[i], layout, rows, cols, c);
            assertThat(colMeans[c]).as("mean_axis0[%d]", c).isEqualTo(col.mean());
        }
        double[] rowMeans = filledD(rows);
        ops.meanAxis1(a, rows, cols, layout, rowMeans);
        for (int r = 0; r < rows; r++) {
            Reference.Sum row = row(i -> a[i], layout, rows, cols, r);
            assertThat(rowMeans[r]).as("mean_axis1[%d]", r).isEqualTo(row.mean());
        }

        int[] added = new int[n];
        Arrays.fill(added, (int) GARBAGE);
        ops.broadcastAdd(a, rows, cols, layout, v, added);
        int[] expectedAdded = new int[n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = index(layout, rows, cols, r, c);
                // the low 32 bits of the exact sum: two's-complement wraparound
                expectedAdded[i] =
                        BigInteger.valueOf(a[i]).add(BigInteger.valueOf(v[c])).intValue();
            }
        }
        assertThat(added).as("broadcast_add").containsExactly(expectedAdded);
        int[] fresh = ops.broadcastAdd(a, rows, cols, layout, v);
        assertThat(fresh).as("broadcast_add into a new array").containsExactly(expectedAdded);

        BigDecimal factor = new BigDecimal(KernelOp.SCALE_FACTOR);
        double[] expectedScaled = new double[n];
        for (int i = 0; i < n; i++) {
            expectedScaled[i] = new BigDecimal(a[i]).multiply(factor).doubleValue();
        }
        double[] scaled = filledD(n);
        ops.scale(a, KernelOp.SCALE_FACTOR, scaled);
        assertSameBits("scale", scaled, expectedScaled);
        assertSameBits("scale into a new array", ops.scale(a, KernelOp.SCALE_FACTOR), expectedScaled);
    }

    @Test
    void blasAndEjmlReportInt32AsNotApplicable() {
        assertThat(Implementation.BLAS.notApplicableReason(DType.INT32))
                .get()
                .asString()
                .startsWith("blas not applicable to int32");
        assertThat(Implementation.EJML.notApplicableReason(DType.INT32))
                .get()
                .asString()
                .startsWith("ejml not applicable to int32");
        assertThat(Implementation.EJML.notApplicableReason(DType.FLOAT32)).isEmpty();
        assertThat(Implementation.SIMD.notApplicableReason(DType.INT32)).isEmpty();
        assertThat(new ViewOps(Implementation.EJML.create(Knobs.defaults()).orElseThrow()).supportsInt32())
                .isFalse();
    }

    /**
     * Columns taller than {@link Int32Kernels#EXACT_DOUBLE_ROWS} take the long path; their sums pass {@code 2^53}
     * here (the second column and the whole array), where a double sum would round, and the means must still be
     * the exact ones.
     */
    @Test
    void int32ColumnMeansOfVeryTallArraysStayExact() {
        int rows = 2 * Int32Kernels.EXACT_DOUBLE_ROWS + 7;
        int[] a = new int[rows * 2];
        for (int r = 0; r < rows; r++) {
            a[2 * r] = r % 2 == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE + 2;
            a[2 * r + 1] = Integer.MAX_VALUE;
        }
        Reference.Sum first = new Reference.Sum();
        Reference.Sum second = new Reference.Sum();
        for (int r = 0; r < rows; r++) {
            first.add(a[2 * r]);
            second.add(a[2 * r + 1]);
        }
        Reference.Sum all = new Reference.Sum();
        for (int x : a) {
            all.add(x);
        }
        for (Kernels kernels :
                List.of(new ScalarKernels(), new SimdKernels(), new SplitKernels(Workers.unbudgeted(2), 2, 1, 1))) {
            double[] out = new double[2];
            ((Int32Kernels) kernels).colMeans(a, rows, 2, out);
            String name = kernels.getClass().getSimpleName();
            assertThat(out).as(name).containsExactly(first.mean(), second.mean());
            assertThat(new ViewOps(kernels).mean(a))
                    .as(name + " mean beyond 2^53")
                    .isEqualTo(all.mean());
        }
    }

    private static float[] filled(int n) {
        float[] out = new float[n];
        Arrays.fill(out, GARBAGE);
        return out;
    }

    private static double[] filledD(int n) {
        double[] out = new double[n];
        Arrays.fill(out, GARBAGE);
        return out;
    }

    private static void assertClose(String what, double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            assertThat(actual)
                    .as(what + " (input holds NaN or both infinities)")
                    .isNaN();
        } else if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(Math.abs(actual - expected))
                    .as("%s: got %s, exact %s, tolerance %s", what, actual, expected, tolerance)
                    .isLessThanOrEqualTo(tolerance);
        }
    }

    private static void assertSameBits(String what, float[] actual, float[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToIntBits(actual[i]) != Float.floatToIntBits(expected[i])) {
                fail("%s differs at storage index %d: got %s, expected %s", what, i, actual[i], expected[i]);
            }
        }
    }

    private static void assertSameBits(String what, double[] actual, double[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(actual[i]) != Double.doubleToLongBits(expected[i])) {
                fail("%s differs at storage index %d: got %s, expected %s", what, i, actual[i], expected[i]);
            }
        }
    }
}
