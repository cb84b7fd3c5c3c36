package dev.benchlens.bench.kernels;

import dev.benchlens.format.SimdMode;
import java.util.Optional;

/**
 * The dispatcher a user calls: per operation, element type and size it picks scalar, SIMD or BLAS as the
 * {@link Knobs} allow.
 *
 * <p>Rules: {@code BENCHLENS_SIMD=disable} means scalar and {@code force} means SIMD everywhere; {@code auto} uses
 * SIMD unless the machine's vectors hold fewer than two doubles or the input is shorter than one vector. BLAS is
 * only used when {@code BENCHLENS_BLAS=on} (and loaded), for every operation: by default {@code auto} does not
 * depend on a native library being installed. Under {@code auto}, scaling uses the plain loop, which C2
 * vectorises itself and which measured faster, unless the work is split. With {@code BENCHLENS_THREADS > 1} the
 * SIMD kernels split inputs across threads from the sizes at which splitting paid on this machine
 * ({@link SplitThresholds}, measured once per JVM), and not at all where it never did.
 * int32 follows the same rules with {@code int} lanes, except that it never uses BLAS, which has no integer kernels.
 */
public final class AutoKernels implements Kernels, Int32Kernels {

    private final ScalarKernels scalar = new ScalarKernels();
    private final Kernels primary;
    /** SIMD or split SIMD, or the plain loops when SIMD is off: int32 work never goes to BLAS, which has none. */
    private final Int32Kernels intPrimary;

    private final boolean simdOnlyWhenLongEnough;
    private final boolean intSimdOnlyWhenLongEnough;
    /** The sizes from which work is split, or {@code null} on one thread. */
    private final SplitThresholds split;

    /** Inputs of at least this many bytes are scaled by {@code primary}; smaller ones by the plain loop. */
    private final long primaryScaleBytes;

    private final long intPrimaryScaleBytes;
    private final int floatLanes = SimdKernels.vectorBits() / Float.SIZE;
    private final int doubleLanes = SimdKernels.vectorBits() / Double.SIZE;
    private final int intLanes = SimdKernels.vectorBits() / Integer.SIZE;

    public AutoKernels(Knobs knobs, Optional<Kernels> blas) {
        boolean vectors =
                !(knobs.simd().equals(SimdMode.DISABLE) || (knobs.simd().equals(SimdMode.AUTO) && doubleLanes < 2));
        Kernels vectorised;
        split = vectors && knobs.threads() > 1 ? SplitThresholds.forThisJvm(knobs.threads()) : null;
        if (!vectors) {
            vectorised = scalar;
            intPrimary = scalar;
        } else if (split != null && split.splitsAny()) {
            SplitKernels kernels = new SplitKernels(knobs.threads(), split.reductionBytes(), split.elementwiseBytes());
            vectorised = kernels;
            intPrimary = kernels;
        } else {
            SimdKernels simd = new SimdKernels();
            vectorised = simd;
            intPrimary = simd;
        }
        boolean useBlas = knobs.blas() == BlasMode.ON && blas.isPresent();
        primary = useBlas ? blas.get() : vectorised;
        intSimdOnlyWhenLongEnough = vectors && knobs.simd().equals(SimdMode.AUTO);
        simdOnlyWhenLongEnough = !useBlas && intSimdOnlyWhenLongEnough;
        // C2 vectorises the plain scaling loop by itself, and that ran faster than the Vector API loop on one
        // thread (docs/performance.md); "force" still means the Vector API everywhere. int32 follows the same rule.
        primaryScaleBytes = plainScaleBelow(simdOnlyWhenLongEnough);
        intPrimaryScaleBytes = plainScaleBelow(intSimdOnlyWhenLongEnough);
    }

    private long plainScaleBelow(boolean plainScale) {
        return !plainScale ? 0 : split != null ? split.elementwiseBytes() : Long.MAX_VALUE;
    }

    /** The sizes from which this dispatcher splits work across threads; empty when it runs on one thread. */
    public Optional<SplitThresholds> splitThresholds() {
        return Optional.ofNullable(split);
    }

    /** The implementation this dispatcher uses for inputs at least one vector long. */
    public String primaryName() {
        return primary.name();
    }

    @Override
    public String name() {
        return "auto";
    }

    private Kernels forFloats(int length) {
        return simdOnlyWhenLongEnough && length < floatLanes ? scalar : primary;
    }

    private Kernels forDoubles(int length) {
        return simdOnlyWhenLongEnough && length < doubleLanes ? scalar : primary;
    }

    private Int32Kernels forInts(int length) {
        return intSimdOnlyWhenLongEnough && length < intLanes ? scalar : intPrimary;
    }

    @Override
    public double sum(float[] a) {
        return forFloats(a.length).sum(a);
    }

    @Override
    public double sum(double[] a) {
        return forDoubles(a.length).sum(a);
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        forFloats(cols).rowMeans(a, rows, cols, out);
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        forDoubles(cols).rowMeans(a, rows, cols, out);
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        forFloats(cols).colMeans(a, rows, cols, out);
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        forDoubles(cols).colMeans(a, rows, cols, out);
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        forFloats(cols).addRowVector(a, rows, cols, v, out);
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        forDoubles(cols).addRowVector(a, rows, cols, v, out);
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        forFloats(cols).addColumnVector(a, rows, cols, v, out);
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        forDoubles(cols).addColumnVector(a, rows, cols, v, out);
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        ((long) a.length * Float.BYTES < primaryScaleBytes ? scalar : primary).scale(a, factor, out);
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        ((long) a.length * Double.BYTES < primaryScaleBytes ? scalar : primary).scale(a, factor, out);
    }

    @Override
    public long sum(int[] a) {
        return forInts(a.length).sum(a);
    }

    @Override
    public void rowMeans(int[] a, int rows, int cols, double[] out) {
        forInts(cols).rowMeans(a, rows, cols, out);
    }

    @Override
    public void colMeans(int[] a, int rows, int cols, double[] out) {
        forInts(cols).colMeans(a, rows, cols, out);
    }

    @Override
    public void addRowVector(int[] a, int rows, int cols, int[] v, int[] out) {
        forInts(cols).addRowVector(a, rows, cols, v, out);
    }

    @Override
    public void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out) {
        forInts(cols).addColumnVector(a, rows, cols, v, out);
    }

    @Override
    public void scale(int[] a, double factor, double[] out) {
        ((long) a.length * Integer.BYTES < intPrimaryScaleBytes ? scalar : intPrimary).scale(a, factor, out);
    }
}
