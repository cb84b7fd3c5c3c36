package dev.benchlens.bench.kernels;

/**
 * The suite's operations on a logical {@code rows x cols} matrix in either {@link Layout}, mapped onto one
 * implementation's storage-order {@link Kernels}.
 *
 * <p>A transposed view is walked in storage order, as NumPy does: its column means are the row means of its
 * storage, and element-wise results keep the input's layout (NumPy's {@code order='K'}), so no kernel ever
 * strides across memory.
 *
 * <p>The new-array operations ({@code broadcastAdd} and {@code scale} without an {@code out}) return an array the
 * caller owns; handing it back with {@code recycle} when done lets the next call of the same size reuse it (see
 * {@link ResultPool}).
 *
 * <p>The int32 operations need kernels that also implement {@link Int32Kernels}; see {@link #supportsInt32()}.
 */
// A transposed view's kernels are the contiguous ones on its transpose: rows and cols swap places on purpose.
@SuppressWarnings("ArgumentSelectionDefectChecker")
public final class ViewOps {

    private final Kernels kernels;
    /** {@code kernels} as int32 kernels, or {@code null} when they have none. */
    private final Int32Kernels ints;

    private final ResultPool results = new ResultPool();

    public ViewOps(Kernels kernels) {
        this.kernels = kernels;
        this.ints = kernels instanceof Int32Kernels k ? k : null;
    }

    /** Whether the int32 operations can run on these kernels. */
    public boolean supportsInt32() {
        return ints != null;
    }

    private Int32Kernels ints() {
        if (ints == null) {
            throw new UnsupportedOperationException(kernels.name() + " has no int32 kernels");
        }
        return ints;
    }

    public Kernels kernels() {
        return kernels;
    }

    public double sum(float[] a) {
        return kernels.sum(a);
    }

    public double sum(double[] a) {
        return kernels.sum(a);
    }

    public double mean(float[] a) {
        return kernels.sum(a) / a.length;
    }

    public double mean(double[] a) {
        return kernels.sum(a) / a.length;
    }

    /** Column means of the logical matrix into {@code out} (length {@code cols}). */
    public void meanAxis0(float[] a, int rows, int cols, Layout layout, float[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.colMeans(a, rows, cols, out);
        } else {
            kernels.rowMeans(a, cols, rows, out);
        }
    }

    public void meanAxis0(double[] a, int rows, int cols, Layout layout, double[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.colMeans(a, rows, cols, out);
        } else {
            kernels.rowMeans(a, cols, rows, out);
        }
    }

    /** Row means of the logical matrix into {@code out} (length {@code rows}). */
    public void meanAxis1(float[] a, int rows, int cols, Layout layout, float[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.rowMeans(a, rows, cols, out);
        } else {
            kernels.colMeans(a, cols, rows, out);
        }
    }

    public void meanAxis1(double[] a, int rows, int cols, Layout layout, double[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.rowMeans(a, rows, cols, out);
        } else {
            kernels.colMeans(a, cols, rows, out);
        }
    }

    /** {@code out = a + v} with {@code v} of length {@code cols}; {@code out} has {@code a}'s layout. */
    public void broadcastAdd(float[] a, int rows, int cols, Layout layout, float[] v, float[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.addRowVector(a, rows, cols, v, out);
        } else {
            kernels.addColumnVector(a, cols, rows, v, out);
        }
    }

    public void broadcastAdd(double[] a, int rows, int cols, Layout layout, double[] v, double[] out) {
        if (layout == Layout.CONTIGUOUS) {
            kernels.addRowVector(a, rows, cols, v, out);
        } else {
            kernels.addColumnVector(a, cols, rows, v, out);
        }
    }

    /** {@code out = a * factor}; the layout does not matter for an element-wise map over the whole storage. */
    public void scale(float[] a, float factor, float[] out) {
        kernels.scale(a, factor, out);
    }

    public void scale(double[] a, double factor, double[] out) {
        kernels.scale(a, factor, out);
    }

    /** {@code a + v} into a new array the caller owns (a recycled one when the caller handed one back). */
    public float[] broadcastAdd(float[] a, int rows, int cols, Layout layout, float[] v) {
        float[] out = results.floats(a.length);
        broadcastAdd(a, rows, cols, layout, v, out);
        return out;
    }

    public double[] broadcastAdd(double[] a, int rows, int cols, Layout layout, double[] v) {
        double[] out = results.doubles(a.length);
        broadcastAdd(a, rows, cols, layout, v, out);
        return out;
    }

    /** {@code a * factor} into a new array the caller owns (a recycled one when the caller handed one back). */
    public float[] scale(float[] a, float factor) {
        float[] out = results.floats(a.length);
        kernels.scale(a, factor, out);
        return out;
    }

    public double[] scale(double[] a, double factor) {
        double[] out = results.doubles(a.length);
        kernels.scale(a, factor, out);
        return out;
    }

    /** Hands back a result of the new-array operations; the caller must not use it afterwards. */
    public void recycle(float[] result) {
        results.recycle(result);
    }

    public void recycle(double[] result) {
        results.recycle(result);
    }

    /** The exact sum of an int32 array, as NumPy's int64 result. */
    public long sum(int[] a) {
        return ints().sum(a);
    }

    /** The exact sum divided by the length, rounded once to float64. */
    public double mean(int[] a) {
        return Int32Kernels.mean(ints().sum(a), a.length);
    }

    /** Column means of the logical int32 matrix into {@code out} (float64, length {@code cols}). */
    public void meanAxis0(int[] a, int rows, int cols, Layout layout, double[] out) {
        if (layout == Layout.CONTIGUOUS) {
            ints().colMeans(a, rows, cols, out);
        } else {
            ints().rowMeans(a, cols, rows, out);
        }
    }

    /** Row means of the logical int32 matrix into {@code out} (float64, length {@code rows}). */
    public void meanAxis1(int[] a, int rows, int cols, Layout layout, double[] out) {
        if (layout == Layout.CONTIGUOUS) {
            ints().rowMeans(a, rows, cols, out);
        } else {
            ints().colMeans(a, cols, rows, out);
        }
    }

    /** {@code out = a + v}, wrapping around on overflow; {@code out} has {@code a}'s layout. */
    public void broadcastAdd(int[] a, int rows, int cols, Layout layout, int[] v, int[] out) {
        if (layout == Layout.CONTIGUOUS) {
            ints().addRowVector(a, rows, cols, v, out);
        } else {
            ints().addColumnVector(a, cols, rows, v, out);
        }
    }

    /** {@code out = a * factor} in float64, as NumPy upcasts an int32 array times a float. */
    public void scale(int[] a, double factor, double[] out) {
        ints().scale(a, factor, out);
    }

    /** {@code a + v} into a new int32 array the caller owns (a recycled one when the caller handed one back). */
    public int[] broadcastAdd(int[] a, int rows, int cols, Layout layout, int[] v) {
        int[] out = results.ints(a.length);
        broadcastAdd(a, rows, cols, layout, v, out);
        return out;
    }

    /** {@code a * factor} into a new float64 array the caller owns (a recycled one when handed one back). */
    public double[] scale(int[] a, double factor) {
        double[] out = results.doubles(a.length);
        ints().scale(a, factor, out);
        return out;
    }

    public void recycle(int[] result) {
        results.recycle(result);
    }
}
