package dev.benchlens.bench.jmh;

import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.bench.kernels.ViewOps;

/**
 * Builds the inputs of one benchmark case, {@code arange(rows*cols)} in storage order as the NumPy peer does, and
 * the {@link Task} that runs one operation on them.
 *
 * <p>Reductions and {@code *_out} operations write into buffers made here, so they allocate nothing per call. The
 * new-array variants model NumPy's {@code b = a * s; del b}: each call returns a result the caller owns, which is
 * consumed and then handed back, so the next call may reuse its memory as NumPy's allocator reuses the block just
 * freed.
 */
public final class Tasks {

    private Tasks() {}

    public static Task prepare(ViewOps ops, KernelOp op, DType dtype, Layout layout, int rows, int cols) {
        return switch (dtype) {
            case FLOAT32 -> float32(ops, op, layout, rows, cols);
            case FLOAT64 -> float64(ops, op, layout, rows, cols);
            case INT32 -> int32(ops, op, layout, rows, cols);
        };
    }

    static float[] arangeF(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    static double[] arangeD(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    static int[] arangeI(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static Task float32(ViewOps ops, KernelOp op, Layout layout, int rows, int cols) {
        int n = rows * cols;
        float[] a = arangeF(n);
        float[] v = arangeF(cols);
        float[] out = new float[n];
        float[] axis0 = new float[cols];
        float[] axis1 = new float[rows];
        float factor = (float) KernelOp.SCALE_FACTOR;
        return switch (op) {
            case SUM -> sink -> sink.consume(ops.sum(a));
            case MEAN -> sink -> sink.consume(ops.mean(a));
            case MEAN_AXIS0 ->
                sink -> {
                    ops.meanAxis0(a, rows, cols, layout, axis0);
                    sink.consume(axis0);
                };
            case MEAN_AXIS1 ->
                sink -> {
                    ops.meanAxis1(a, rows, cols, layout, axis1);
                    sink.consume(axis1);
                };
            case BROADCAST_ADD ->
                sink -> {
                    float[] result = ops.broadcastAdd(a, rows, cols, layout, v);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case BROADCAST_ADD_OUT ->
                sink -> {
                    ops.broadcastAdd(a, rows, cols, layout, v, out);
                    sink.consume(out);
                };
            case SCALE ->
                sink -> {
                    float[] result = ops.scale(a, factor);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case SCALE_OUT ->
                sink -> {
                    ops.scale(a, factor, out);
                    sink.consume(out);
                };
        };
    }

    private static Task float64(ViewOps ops, KernelOp op, Layout layout, int rows, int cols) {
        int n = rows * cols;
        double[] a = arangeD(n);
        double[] v = arangeD(cols);
        double[] out = new double[n];
        double[] axis0 = new double[cols];
        double[] axis1 = new double[rows];
        double factor = KernelOp.SCALE_FACTOR;
        return switch (op) {
            case SUM -> sink -> sink.consume(ops.sum(a));
            case MEAN -> sink -> sink.consume(ops.mean(a));
            case MEAN_AXIS0 ->
                sink -> {
                    ops.meanAxis0(a, rows, cols, layout, axis0);
                    sink.consume(axis0);
                };
            case MEAN_AXIS1 ->
                sink -> {
                    ops.meanAxis1(a, rows, cols, layout, axis1);
                    sink.consume(axis1);
                };
            case BROADCAST_ADD ->
                sink -> {
                    double[] result = ops.broadcastAdd(a, rows, cols, layout, v);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case BROADCAST_ADD_OUT ->
                sink -> {
                    ops.broadcastAdd(a, rows, cols, layout, v, out);
                    sink.consume(out);
                };
            case SCALE ->
                sink -> {
                    double[] result = ops.scale(a, factor);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case SCALE_OUT ->
                sink -> {
                    ops.scale(a, factor, out);
                    sink.consume(out);
                };
        };
    }

    /** Means and scaled results are float64, as NumPy gives them for int32 input. */
    private static Task int32(ViewOps ops, KernelOp op, Layout layout, int rows, int cols) {
        if (!ops.supportsInt32()) {
            throw new IllegalArgumentException(ops.kernels().name() + " has no int32 kernels");
        }
        int n = rows * cols;
        int[] a = arangeI(n);
        int[] v = arangeI(cols);
        int[] sumOut = new int[n];
        double[] scaleOut = new double[n];
        double[] axis0 = new double[cols];
        double[] axis1 = new double[rows];
        double factor = KernelOp.SCALE_FACTOR;
        return switch (op) {
            case SUM -> sink -> sink.consume(ops.sum(a));
            case MEAN -> sink -> sink.consume(ops.mean(a));
            case MEAN_AXIS0 ->
                sink -> {
                    ops.meanAxis0(a, rows, cols, layout, axis0);
                    sink.consume(axis0);
                };
            case MEAN_AXIS1 ->
                sink -> {
                    ops.meanAxis1(a, rows, cols, layout, axis1);
                    sink.consume(axis1);
                };
            case BROADCAST_ADD ->
                sink -> {
                    int[] result = ops.broadcastAdd(a, rows, cols, layout, v);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case BROADCAST_ADD_OUT ->
                sink -> {
                    ops.broadcastAdd(a, rows, cols, layout, v, sumOut);
                    sink.consume(sumOut);
                };
            case SCALE ->
                sink -> {
                    double[] result = ops.scale(a, factor);
                    sink.consume(result);
                    ops.recycle(result);
                };
            case SCALE_OUT ->
                sink -> {
                    ops.scale(a, factor, scaleOut);
                    sink.consume(scaleOut);
                };
        };
    }
}
