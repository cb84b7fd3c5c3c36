package dev.benchlens.bench.kernels;

import java.util.Arrays;

/**
 * Plain loops: what "SIMD disabled" means. Sums accumulate in {@code double}; C2 never vectorises a
 * floating-point reduction (the order is fixed), though it may vectorise the element-wise loops by itself.
 */
public final class ScalarKernels implements Kernels, Int32Kernels {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public double sum(float[] a) {
        return sum(a, 0, a.length);
    }

    @Override
    public double sum(double[] a) {
        return sum(a, 0, a.length);
    }

    private static double sum(float[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    private static double sum(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            out[r] = (float) (sum(a, r * cols, (r + 1) * cols) / cols);
        }
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            out[r] = sum(a, r * cols, (r + 1) * cols) / cols;
        }
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        Arrays.fill(out, 0, cols, 0f);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += a[base + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            out[c] /= rows;
        }
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += a[base + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            out[c] /= rows;
        }
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            float x = v[r];
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double x = v[r];
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
    }

    @Override
    public long sum(int[] a) {
        return sum(a, 0, a.length);
    }

    static long sum(int[] a, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    @Override
    public void rowMeans(int[] a, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            out[r] = Int32Kernels.mean(sum(a, r * cols, (r + 1) * cols), cols);
        }
    }

    @Override
    public void colMeans(int[] a, int rows, int cols, double[] out) {
        if (rows > EXACT_DOUBLE_ROWS) {
            colMeansInLongs(a, rows, cols, out);
            return;
        }
        Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += a[base + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            out[c] /= rows;
        }
    }

    /** Column means of arrays too tall for exact sums in {@code double}; allocates {@code cols} longs. */
    static void colMeansInLongs(int[] a, int rows, int cols, double[] out) {
        long[] sums = new long[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                sums[c] += a[base + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            out[c] = Int32Kernels.mean(sums[c], rows);
        }
    }

    @Override
    public void addRowVector(int[] a, int rows, int cols, int[] v, int[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            int x = v[r];
            for (int c = 0; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void scale(int[] a, double factor, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
    }
}
