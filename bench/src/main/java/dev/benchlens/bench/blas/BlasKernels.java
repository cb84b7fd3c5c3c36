package dev.benchlens.bench.blas;

import static dev.benchlens.bench.blas.OpenBlas.NO_TRANS;
import static dev.benchlens.bench.blas.OpenBlas.ROW_MAJOR;
import static dev.benchlens.bench.blas.OpenBlas.TRANS;

import dev.benchlens.bench.kernels.Kernels;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The kernels as OpenBLAS calls: {@code gemv} against a ones vector for sums and axis means, {@code copy} then
 * {@code ger} (a rank-1 update with a ones vector) for broadcasts, {@code copy} then {@code scal} for scaling.
 *
 * <p>The ones vectors are cached and only grow, so steady-state calls allocate nothing but the heap-segment
 * wrappers. Not thread-safe: one instance per thread.
 */
public final class BlasKernels implements Kernels {

    /** Sums are a {@code gemv} over the array seen as rows of this many elements, then a {@code dot} of the rows. */
    private static final int SUM_ROW = 4096;

    private final OpenBlas blas;
    private float[] onesF = new float[0];
    private double[] onesD = new double[0];
    private float[] partialF = new float[0];
    private double[] partialD = new double[0];

    public BlasKernels(OpenBlas blas) {
        this.blas = blas;
    }

    @Override
    public String name() {
        return "blas";
    }

    private float[] onesF(int n) {
        if (onesF.length < n) {
            onesF = new float[n];
            Arrays.fill(onesF, 1f);
        }
        return onesF;
    }

    private double[] onesD(int n) {
        if (onesD.length < n) {
            onesD = new double[n];
            Arrays.fill(onesD, 1.0);
        }
        return onesD;
    }

    private static MemorySegment seg(float[] a) {
        return MemorySegment.ofArray(a);
    }

    private static MemorySegment seg(double[] a) {
        return MemorySegment.ofArray(a);
    }

    private static IllegalStateException failed(String routine, Throwable t) {
        return new IllegalStateException(routine + " failed", t);
    }

    @Override
    public double sum(float[] a) {
        if (a.length == 0) {
            return 0;
        }
        int width = Math.min(a.length, SUM_ROW);
        int rows = a.length / width;
        if (partialF.length < rows) {
            partialF = new float[rows];
        }
        float[] ones = onesF(Math.max(width, rows));
        try {
            blas.sgemv.invokeExact(
                    ROW_MAJOR, NO_TRANS, rows, width, 1f, seg(a), width, seg(ones), 1, 0f, seg(partialF), 1);
            double total = (float) blas.sdot.invokeExact(rows, seg(partialF), 1, seg(ones), 1);
            int rest = a.length - rows * width;
            if (rest > 0) {
                total += (float)
                        blas.sdot.invokeExact(rest, seg(a).asSlice((long) rows * width * Float.BYTES), 1, seg(ones), 1);
            }
            return total;
        } catch (Throwable t) {
            throw failed("cblas_sgemv/sdot", t);
        }
    }

    @Override
    public double sum(double[] a) {
        if (a.length == 0) {
            return 0;
        }
        int width = Math.min(a.length, SUM_ROW);
        int rows = a.length / width;
        if (partialD.length < rows) {
            partialD = new double[rows];
        }
        double[] ones = onesD(Math.max(width, rows));
        try {
            blas.dgemv.invokeExact(
                    ROW_MAJOR, NO_TRANS, rows, width, 1.0, seg(a), width, seg(ones), 1, 0.0, seg(partialD), 1);
            double total = (double) blas.ddot.invokeExact(rows, seg(partialD), 1, seg(ones), 1);
            int rest = a.length - rows * width;
            if (rest > 0) {
                total += (double) blas.ddot.invokeExact(
                        rest, seg(a).asSlice((long) rows * width * Double.BYTES), 1, seg(ones), 1);
            }
            return total;
        } catch (Throwable t) {
            throw failed("cblas_dgemv/ddot", t);
        }
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        try {
            blas.sgemv.invokeExact(
                    ROW_MAJOR, NO_TRANS, rows, cols, 1f / cols, seg(a), cols, seg(onesF(cols)), 1, 0f, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_sgemv", t);
        }
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        try {
            blas.dgemv.invokeExact(
                    ROW_MAJOR, NO_TRANS, rows, cols, 1.0 / cols, seg(a), cols, seg(onesD(cols)), 1, 0.0, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_dgemv", t);
        }
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        try {
            blas.sgemv.invokeExact(
                    ROW_MAJOR, TRANS, rows, cols, 1f / rows, seg(a), cols, seg(onesF(rows)), 1, 0f, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_sgemv", t);
        }
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        try {
            blas.dgemv.invokeExact(
                    ROW_MAJOR, TRANS, rows, cols, 1.0 / rows, seg(a), cols, seg(onesD(rows)), 1, 0.0, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_dgemv", t);
        }
    }

    private void copy(float[] a, float[] out) throws Throwable {
        if (a != out) {
            blas.scopy.invokeExact(a.length, seg(a), 1, seg(out), 1);
        }
    }

    private void copy(double[] a, double[] out) throws Throwable {
        if (a != out) {
            blas.dcopy.invokeExact(a.length, seg(a), 1, seg(out), 1);
        }
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        try {
            copy(a, out);
            blas.sger.invokeExact(ROW_MAJOR, rows, cols, 1f, seg(onesF(rows)), 1, seg(v), 1, seg(out), cols);
        } catch (Throwable t) {
            throw failed("cblas_scopy/sger", t);
        }
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        try {
            copy(a, out);
            blas.dger.invokeExact(ROW_MAJOR, rows, cols, 1.0, seg(onesD(rows)), 1, seg(v), 1, seg(out), cols);
        } catch (Throwable t) {
            throw failed("cblas_dcopy/dger", t);
        }
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        try {
            copy(a, out);
            blas.sger.invokeExact(ROW_MAJOR, rows, cols, 1f, seg(v), 1, seg(onesF(cols)), 1, seg(out), cols);
        } catch (Throwable t) {
            throw failed("cblas_scopy/sger", t);
        }
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        try {
            copy(a, out);
            blas.dger.invokeExact(ROW_MAJOR, rows, cols, 1.0, seg(v), 1, seg(onesD(cols)), 1, seg(out), cols);
        } catch (Throwable t) {
            throw failed("cblas_dcopy/dger", t);
        }
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        try {
            copy(a, out);
            blas.sscal.invokeExact(a.length, factor, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_scopy/sscal", t);
        }
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        try {
            copy(a, out);
            blas.dscal.invokeExact(a.length, factor, seg(out), 1);
        } catch (Throwable t) {
            throw failed("cblas_dcopy/dscal", t);
        }
    }
}
