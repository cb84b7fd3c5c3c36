package dev.benchlens.bench.kernels;

/**
 * The storage-order kernels every implementation provides, on a row-major {@code rows x cols} array.
 *
 * <p>Outputs are caller-owned buffers; no method allocates, so a benchmark can decide where arrays come from.
 * Layouts other than row-major are mapped onto these by {@link ViewOps}. Implementations with int32 kernels also
 * implement {@link Int32Kernels}.
 */
public interface Kernels {

    /** The implementation's name as it appears in artifacts, e.g. {@code simd}. */
    String name();

    double sum(float[] a);

    double sum(double[] a);

    /** {@code out[r]} = mean of row {@code r}. */
    void rowMeans(float[] a, int rows, int cols, float[] out);

    void rowMeans(double[] a, int rows, int cols, double[] out);

    /** {@code out[c]} = mean of column {@code c}. */
    void colMeans(float[] a, int rows, int cols, float[] out);

    void colMeans(double[] a, int rows, int cols, double[] out);

    /** {@code out[r][c] = a[r][c] + v[c]}: a row vector added to every row. */
    void addRowVector(float[] a, int rows, int cols, float[] v, float[] out);

    void addRowVector(double[] a, int rows, int cols, double[] v, double[] out);

    /** {@code out[r][c] = a[r][c] + v[r]}: a column vector added to every column. */
    void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out);

    void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out);

    /** {@code out[i] = a[i] * factor}; {@code out} may be {@code a}. */
    void scale(float[] a, float factor, float[] out);

    void scale(double[] a, double factor, double[] out);
}
