package dev.benchlens.bench.kernels;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The int32 kernels of an implementation that has them, on a row-major {@code rows x cols} array, with NumPy's
 * results: sums are exact, means and scaled values are float64, element-wise adds wrap around.
 *
 * <p>As in {@link Kernels}, outputs are caller-owned buffers and no method allocates in the common case.
 */
public interface Int32Kernels {

    /**
     * Column sums are added in {@code double} while they are provably exact: a sum of at most this many int32
     * values has magnitude below {@code 2^21 * 2^31 = 2^52}, within the {@code 2^53} up to which a double holds
     * every integer. Taller arrays are summed in {@code long}.
     */
    int EXACT_DOUBLE_ROWS = 1 << 21;

    /**
     * {@code exactSum / count} as float64. Up to {@code 2^53} the sum converts exactly and the division rounds once;
     * beyond, the quotient is first rounded to 34 decimal digits, which gives the correctly rounded double unless
     * the quotient lies exactly halfway between two doubles (then it may be one unit off in the last place). Only
     * sums of more than {@code 2^22} int32 values get there; NumPy itself sums in float64 then.
     */
    static double mean(long exactSum, long count) {
        if (Math.abs(exactSum) <= 1L << 53) {
            return (double) exactSum / count;
        }
        return new BigDecimal(exactSum)
                .divide(BigDecimal.valueOf(count), MathContext.DECIMAL128)
                .doubleValue();
    }

    /** The exact sum (NumPy returns int64). */
    long sum(int[] a);

    /** {@code out[r]} = exact sum of row {@code r} / {@code cols}, as float64 (see {@link #mean}). */
    void rowMeans(int[] a, int rows, int cols, double[] out);

    /** {@code out[c]} = exact sum of column {@code c} / {@code rows}, as float64 (see {@link #mean}). */
    void colMeans(int[] a, int rows, int cols, double[] out);

    /** {@code out[r][c] = a[r][c] + v[c]}, wrapping around on overflow. */
    void addRowVector(int[] a, int rows, int cols, int[] v, int[] out);

    /** {@code out[r][c] = a[r][c] + v[r]}, wrapping around on overflow. */
    void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out);

    /** {@code out[i] = a[i] * factor} in float64. */
    void scale(int[] a, double factor, double[] out);
}
