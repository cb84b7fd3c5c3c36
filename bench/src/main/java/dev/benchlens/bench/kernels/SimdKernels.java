package dev.benchlens.bench.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

/**
 * Explicit SIMD with {@code jdk.incubator.vector} at the preferred species: what "SIMD forced" means.
 *
 * <p>Reductions keep four independent accumulators so that the add latency does not bound the loop; float32 sums
 * are reduced in blocks whose partial sums are added in {@code double}, which bounds the rounding error by the
 * block length instead of the array length at no measurable cost.
 */
public final class SimdKernels implements Kernels {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int FLOAT_BLOCK = 4096;

    /** The width, in bits, of the vectors these kernels use on this machine. */
    public static int vectorBits() {
        return F.vectorBitSize();
    }

    @Override
    public String name() {
        return "simd";
    }

    @Override
    public double sum(float[] a) {
        return sum(a, 0, a.length);
    }

    @Override
    public double sum(double[] a) {
        return sum(a, 0, a.length);
    }

    /** Sum of {@code a[from..to)}, in blocks of {@value #FLOAT_BLOCK} added in {@code double}. */
    static double sum(float[] a, int from, int to) {
        double total = 0;
        for (int start = from; start < to; start += FLOAT_BLOCK) {
            total += blockSum(a, start, Math.min(to, start + FLOAT_BLOCK));
        }
        return total;
    }

    private static float blockSum(float[] a, int from, int to) {
        int lanes = F.length();
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        int i = from;
        for (; i <= to - 4 * lanes; i += 4 * lanes) {
            acc0 = acc0.add(FloatVector.fromArray(F, a, i));
            acc1 = acc1.add(FloatVector.fromArray(F, a, i + lanes));
            acc2 = acc2.add(FloatVector.fromArray(F, a, i + 2 * lanes));
            acc3 = acc3.add(FloatVector.fromArray(F, a, i + 3 * lanes));
        }
        for (; i <= to - lanes; i += lanes) {
            acc0 = acc0.add(FloatVector.fromArray(F, a, i));
        }
        float s = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    static double sum(double[] a, int from, int to) {
        int lanes = D.length();
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        int i = from;
        for (; i <= to - 4 * lanes; i += 4 * lanes) {
            acc0 = acc0.add(DoubleVector.fromArray(D, a, i));
            acc1 = acc1.add(DoubleVector.fromArray(D, a, i + lanes));
            acc2 = acc2.add(DoubleVector.fromArray(D, a, i + 2 * lanes));
            acc3 = acc3.add(DoubleVector.fromArray(D, a, i + 3 * lanes));
        }
        for (; i <= to - lanes; i += lanes) {
            acc0 = acc0.add(DoubleVector.fromArray(D, a, i));
        }
        double s = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        rowMeans(a, 0, rows, cols, out);
    }

    static void rowMeans(float[] a, int fromRow, int toRow, int cols, float[] out) {
        for (int r = fromRow; r < toRow; r++) {
            out[r] = (float) (sum(a, r * cols, (r + 1) * cols) / cols);
        }
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        rowMeans(a, 0, rows, cols, out);
    }

    static void rowMeans(double[] a, int fromRow, int toRow, int cols, double[] out) {
        for (int r = fromRow; r < toRow; r++) {
            out[r] = sum(a, r * cols, (r + 1) * cols) / cols;
        }
    }

    /** Adds four rows at a time into {@code out}, which stays in L1, so it is loaded and stored once per 4 rows. */
    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        colSums(a, 0, rows, cols, out);
        divide(out, cols, rows);
    }

    /** Column sums of the rows {@code [fromRow, toRow)} into {@code sums}, four rows at a time. */
    static void colSums(float[] a, int fromRow, int toRow, int cols, float[] sums) {
        Arrays.fill(sums, 0, cols, 0f);
        int bound = F.loopBound(cols);
        int r = fromRow;
        for (; r + 4 <= toRow; r += 4) {
            int b0 = r * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            int c = 0;
            for (; c < bound; c += F.length()) {
                FloatVector rowsSum = FloatVector.fromArray(F, a, b0 + c).add(FloatVector.fromArray(F, a, b1 + c))
                        .add(FloatVector.fromArray(F, a, b2 + c).add(FloatVector.fromArray(F, a, b3 + c)));
                FloatVector.fromArray(F, sums, c).add(rowsSum).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                sums[c] += (a[b0 + c] + a[b1 + c]) + (a[b2 + c] + a[b3 + c]);
            }
        }
        for (; r < toRow; r++) {
            addInto(a, r * cols, sums, 0, cols, bound);
        }
    }

    /** Divides the first {@code cols} values by {@code n} in place. */
    static void divide(float[] values, int cols, float n) {
        int bound = F.loopBound(cols);
        int c = 0;
        for (; c < bound; c += F.length()) {
            FloatVector.fromArray(F, values, c).div(n).intoArray(values, c);
        }
        for (; c < cols; c++) {
            values[c] /= n;
        }
    }

    private static void addInto(float[] a, int base, float[] out, int fromCol, int toCol, int bound) {
        int c = fromCol;
        for (; c < bound; c += F.length()) {
            FloatVector.fromArray(F, out, c).add(FloatVector.fromArray(F, a, base + c)).intoArray(out, c);
        }
        for (; c < toCol; c++) {
            out[c] += a[base + c];
        }
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        colSums(a, 0, rows, cols, out);
        divide(out, cols, rows);
    }

    /** Column sums of the rows {@code [fromRow, toRow)} into {@code sums}, four rows at a time. */
    static void colSums(double[] a, int fromRow, int toRow, int cols, double[] sums) {
        Arrays.fill(sums, 0, cols, 0.0);
        int bound = D.loopBound(cols);
        int r = fromRow;
        for (; r + 4 <= toRow; r += 4) {
            int b0 = r * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            int c = 0;
            for (; c < bound; c += D.length()) {
                DoubleVector rowsSum = DoubleVector.fromArray(D, a, b0 + c).add(DoubleVector.fromArray(D, a, b1 + c))
                        .add(DoubleVector.fromArray(D, a, b2 + c).add(DoubleVector.fromArray(D, a, b3 + c)));
                DoubleVector.fromArray(D, sums, c).add(rowsSum).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                sums[c] += (a[b0 + c] + a[b1 + c]) + (a[b2 + c] + a[b3 + c]);
            }
        }
        for (; r < toRow; r++) {
            addInto(a, r * cols, sums, 0, cols, bound);
        }
    }

    /** Divides the first {@code cols} values by {@code n} in place. */
    static void divide(double[] values, int cols, double n) {
        int bound = D.loopBound(cols);
        int c = 0;
        for (; c < bound; c += D.length()) {
            DoubleVector.fromArray(D, values, c).div(n).intoArray(values, c);
        }
        for (; c < cols; c++) {
            values[c] /= n;
        }
    }

    private static void addInto(double[] a, int base, double[] out, int fromCol, int toCol, int bound) {
        int c = fromCol;
        for (; c < bound; c += D.length()) {
            DoubleVector.fromArray(D, out, c).add(DoubleVector.fromArray(D, a, base + c)).intoArray(out, c);
        }
        for (; c < toCol; c++) {
            out[c] += a[base + c];
        }
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        addRowVector(a, 0, rows, cols, v, out);
    }

    static void addRowVector(float[] a, int fromRow, int toRow, int cols, float[] v, float[] out) {
        int bound = F.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            int c = 0;
            for (; c < bound; c += F.length()) {
                FloatVector.fromArray(F, a, base + c).add(FloatVector.fromArray(F, v, c)).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        addRowVector(a, 0, rows, cols, v, out);
    }

    static void addRowVector(double[] a, int fromRow, int toRow, int cols, double[] v, double[] out) {
        int bound = D.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            int c = 0;
            for (; c < bound; c += D.length()) {
                DoubleVector.fromArray(D, a, base + c).add(DoubleVector.fromArray(D, v, c)).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        addColumnVector(a, 0, rows, cols, v, out);
    }

    static void addColumnVector(float[] a, int fromRow, int toRow, int cols, float[] v, float[] out) {
        int bound = F.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            float x = v[r];
            int c = 0;
            for (; c < bound; c += F.length()) {
                FloatVector.fromArray(F, a, base + c).add(x).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        addColumnVector(a, 0, rows, cols, v, out);
    }

    static void addColumnVector(double[] a, int fromRow, int toRow, int cols, double[] v, double[] out) {
        int bound = D.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            double x = v[r];
            int c = 0;
            for (; c < bound; c += D.length()) {
                DoubleVector.fromArray(D, a, base + c).add(x).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        scale(a, factor, out, 0, a.length);
    }

    static void scale(float[] a, float factor, float[] out, int from, int to) {
        int bound = from + F.loopBound(to - from);
        FloatVector f = FloatVector.broadcast(F, factor);
        int i = from;
        for (; i < bound; i += F.length()) {
            FloatVector.fromArray(F, a, i).mul(f).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = a[i] * factor;
        }
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        scale(a, factor, out, 0, a.length);
    }

    static void scale(double[] a, double factor, double[] out, int from, int to) {
        int bound = from + D.loopBound(to - from);
        DoubleVector f = DoubleVector.broadcast(D, factor);
        int i = from;
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, a, i).mul(f).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = a[i] * factor;
        }
    }
}
