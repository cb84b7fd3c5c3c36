package dev.benchlens.bench.peers;

import dev.benchlens.bench.kernels.Kernels;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * EJML, the dense-matrix library a Java user would reach for, used the way its API suggests: {@code elementSum},
 * {@code sumCols}/{@code sumRows} then {@code divide}, {@code setTo} then {@code multAdd} with a ones vector for a
 * broadcast, and {@code scale}. Arrays are wrapped, never copied. Not thread-safe (cached ones vectors).
 */
public final class EjmlKernels implements Kernels {

    private float[] onesF = new float[0];
    private double[] onesD = new double[0];

    @Override
    public String name() {
        return "ejml";
    }

    private float[] onesF(int n) {
        if (onesF.length != n) {
            onesF = new float[n];
            Arrays.fill(onesF, 1f);
        }
        return onesF;
    }

    private double[] onesD(int n) {
        if (onesD.length != n) {
            onesD = new double[n];
            Arrays.fill(onesD, 1.0);
        }
        return onesD;
    }

    @Override
    public double sum(float[] a) {
        return CommonOps_FDRM.elementSum(FMatrixRMaj.wrap(1, a.length, a));
    }

    @Override
    public double sum(double[] a) {
        return CommonOps_DDRM.elementSum(DMatrixRMaj.wrap(1, a.length, a));
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        FMatrixRMaj means = FMatrixRMaj.wrap(rows, 1, out);
        CommonOps_FDRM.sumRows(FMatrixRMaj.wrap(rows, cols, a), means);
        CommonOps_FDRM.divide(means, cols);
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        DMatrixRMaj means = DMatrixRMaj.wrap(rows, 1, out);
        CommonOps_DDRM.sumRows(DMatrixRMaj.wrap(rows, cols, a), means);
        CommonOps_DDRM.divide(means, cols);
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        FMatrixRMaj means = FMatrixRMaj.wrap(1, cols, out);
        CommonOps_FDRM.sumCols(FMatrixRMaj.wrap(rows, cols, a), means);
        CommonOps_FDRM.divide(means, rows);
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        DMatrixRMaj means = DMatrixRMaj.wrap(1, cols, out);
        CommonOps_DDRM.sumCols(DMatrixRMaj.wrap(rows, cols, a), means);
        CommonOps_DDRM.divide(means, rows);
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        FMatrixRMaj result = FMatrixRMaj.wrap(rows, cols, out);
        result.setTo(FMatrixRMaj.wrap(rows, cols, a));
        CommonOps_FDRM.multAdd(FMatrixRMaj.wrap(rows, 1, onesF(rows)), FMatrixRMaj.wrap(1, cols, v), result);
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        DMatrixRMaj result = DMatrixRMaj.wrap(rows, cols, out);
        result.setTo(DMatrixRMaj.wrap(rows, cols, a));
        CommonOps_DDRM.multAdd(DMatrixRMaj.wrap(rows, 1, onesD(rows)), DMatrixRMaj.wrap(1, cols, v), result);
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        FMatrixRMaj result = FMatrixRMaj.wrap(rows, cols, out);
        result.setTo(FMatrixRMaj.wrap(rows, cols, a));
        CommonOps_FDRM.multAdd(FMatrixRMaj.wrap(rows, 1, v), FMatrixRMaj.wrap(1, cols, onesF(cols)), result);
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        DMatrixRMaj result = DMatrixRMaj.wrap(rows, cols, out);
        result.setTo(DMatrixRMaj.wrap(rows, cols, a));
        CommonOps_DDRM.multAdd(DMatrixRMaj.wrap(rows, 1, v), DMatrixRMaj.wrap(1, cols, onesD(cols)), result);
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        CommonOps_FDRM.scale(factor, FMatrixRMaj.wrap(1, a.length, a), FMatrixRMaj.wrap(1, a.length, out));
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        CommonOps_DDRM.scale(factor, DMatrixRMaj.wrap(1, a.length, a), DMatrixRMaj.wrap(1, a.length, out));
    }
}
