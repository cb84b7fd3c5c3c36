package dev.benchlens.bench.kernels;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Explicit SIMD with {@code jdk.incubator.vector} at the preferred species: what "SIMD forced" means.
 *
 * <p>Reductions keep four independent accumulators so that the add latency does not bound the loop; float32 sums
 * are reduced in blocks whose partial sums are added in {@code double}, which bounds the rounding error by the
 * block length instead of the array length at no measurable cost.
 *
 * <p>int32 sums stay in int lanes at full width by splitting every element into two 16-bit halves (see
 * {@link #sum(int[], int, int)}); int32 column means and scaling widen to {@code double} lanes with
 * {@code convertShape}, from an int species with as many lanes as {@code double} has.
 */
public final class SimdKernels implements Kernels, Int32Kernels {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int FLOAT_BLOCK = 4096;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** ints that widen to one {@link #D} vector of doubles. */
    private static final VectorSpecies<Integer> I_FOR_D =
            VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    /** Elements per int32 block: a lane's sum of 16-bit halves stays below {@code 2^15 * 2^16 = 2^31}. */
    private static final int INT_BLOCK = 1 << 15;

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
                FloatVector rowsSum = FloatVector.fromArray(F, a, b0 + c)
                        .add(FloatVector.fromArray(F, a, b1 + c))
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
            FloatVector.fromArray(F, out, c)
                    .add(FloatVector.fromArray(F, a, base + c))
                    .intoArray(out, c);
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
                DoubleVector rowsSum = DoubleVector.fromArray(D, a, b0 + c)
                        .add(DoubleVector.fromArray(D, a, b1 + c))
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
            DoubleVector.fromArray(D, out, c)
                    .add(DoubleVector.fromArray(D, a, base + c))
                    .intoArray(out, c);
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
                FloatVector.fromArray(F, a, base + c)
                        .add(FloatVector.fromArray(F, v, c))
                        .intoArray(out, base + c);
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
                DoubleVector.fromArray(D, a, base + c)
                        .add(DoubleVector.fromArray(D, v, c))
                        .intoArray(out, base + c);
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

    @Override
    public long sum(int[] a) {
        return sum(a, 0, a.length);
    }

    /** Exact sum of {@code a[from..to)}, in blocks of {@value #INT_BLOCK} added in {@code long}. */
    static long sum(int[] a, int from, int to) {
        long total = 0;
        for (int start = from; start < to; start += INT_BLOCK) {
            total += blockSum(a, start, Math.min(to, start + INT_BLOCK));
        }
        return total;
    }

    /**
     * Every {@code x} is {@code (x >> 16) * 2^16 + (x & 0xFFFF)} exactly; both halves are below {@code 2^16} in
     * magnitude, so int lanes add a block of them without overflow and only the block's lane totals are widened.
     */
    private static long blockSum(int[] a, int from, int to) {
        int lanes = I.length();
        IntVector high0 = IntVector.zero(I);
        IntVector low0 = IntVector.zero(I);
        IntVector high1 = IntVector.zero(I);
        IntVector low1 = IntVector.zero(I);
        int i = from;
        for (; i <= to - 2 * lanes; i += 2 * lanes) {
            IntVector x0 = IntVector.fromArray(I, a, i);
            IntVector x1 = IntVector.fromArray(I, a, i + lanes);
            high0 = high0.add(x0.lanewise(VectorOperators.ASHR, 16));
            low0 = low0.add(x0.and(0xFFFF));
            high1 = high1.add(x1.lanewise(VectorOperators.ASHR, 16));
            low1 = low1.add(x1.and(0xFFFF));
        }
        for (; i <= to - lanes; i += lanes) {
            IntVector x = IntVector.fromArray(I, a, i);
            high0 = high0.add(x.lanewise(VectorOperators.ASHR, 16));
            low0 = low0.add(x.and(0xFFFF));
        }
        // Widened here rather than in a helper: a vector passed to a call that is not inlined is boxed. The part
        // numbers are constants for the same reason (I and L have the same shape, so there are two parts).
        IntVector high = high0.add(high1);
        IntVector low = low0.add(low1);
        LongVector wide = ((LongVector) high.convertShape(VectorOperators.I2L, L, 0))
                .add((LongVector) high.convertShape(VectorOperators.I2L, L, 1))
                .lanewise(VectorOperators.LSHL, 16)
                .add((LongVector) low.convertShape(VectorOperators.I2L, L, 0))
                .add((LongVector) low.convertShape(VectorOperators.I2L, L, 1));
        long s = wide.reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    /** {@code D.length()} ints from {@code a[i]} as doubles (exact). */
    private static DoubleVector doublesOf(int[] a, int i) {
        return (DoubleVector) IntVector.fromArray(I_FOR_D, a, i).convertShape(VectorOperators.I2D, D, 0);
    }

    @Override
    public void rowMeans(int[] a, int rows, int cols, double[] out) {
        rowMeans(a, 0, rows, cols, out);
    }

    static void rowMeans(int[] a, int fromRow, int toRow, int cols, double[] out) {
        for (int r = fromRow; r < toRow; r++) {
            out[r] = Int32Kernels.mean(sum(a, r * cols, (r + 1) * cols), cols);
        }
    }

    @Override
    public void colMeans(int[] a, int rows, int cols, double[] out) {
        if (rows > EXACT_DOUBLE_ROWS) {
            ScalarKernels.colMeansInLongs(a, rows, cols, out);
            return;
        }
        colSums(a, 0, rows, cols, out);
        divide(out, cols, rows);
    }

    /**
     * Column sums of the rows {@code [fromRow, toRow)} into {@code sums}, four rows at a time; exact while the
     * array has at most {@link #EXACT_DOUBLE_ROWS} rows.
     */
    static void colSums(int[] a, int fromRow, int toRow, int cols, double[] sums) {
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
                DoubleVector rowsSum = doublesOf(a, b0 + c)
                        .add(doublesOf(a, b1 + c))
                        .add(doublesOf(a, b2 + c).add(doublesOf(a, b3 + c)));
                DoubleVector.fromArray(D, sums, c).add(rowsSum).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                sums[c] += ((double) a[b0 + c] + a[b1 + c]) + ((double) a[b2 + c] + a[b3 + c]);
            }
        }
        for (; r < toRow; r++) {
            int base = r * cols;
            int c = 0;
            for (; c < bound; c += D.length()) {
                DoubleVector.fromArray(D, sums, c).add(doublesOf(a, base + c)).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                sums[c] += a[base + c];
            }
        }
    }

    @Override
    public void addRowVector(int[] a, int rows, int cols, int[] v, int[] out) {
        addRowVector(a, 0, rows, cols, v, out);
    }

    static void addRowVector(int[] a, int fromRow, int toRow, int cols, int[] v, int[] out) {
        int bound = I.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            int c = 0;
            for (; c < bound; c += I.length()) {
                IntVector.fromArray(I, a, base + c)
                        .add(IntVector.fromArray(I, v, c))
                        .intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + v[c];
            }
        }
    }

    @Override
    public void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out) {
        addColumnVector(a, 0, rows, cols, v, out);
    }

    static void addColumnVector(int[] a, int fromRow, int toRow, int cols, int[] v, int[] out) {
        int bound = I.loopBound(cols);
        for (int r = fromRow; r < toRow; r++) {
            int base = r * cols;
            int x = v[r];
            int c = 0;
            for (; c < bound; c += I.length()) {
                IntVector.fromArray(I, a, base + c).add(x).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = a[base + c] + x;
            }
        }
    }

    @Override
    public void scale(int[] a, double factor, double[] out) {
        scale(a, factor, out, 0, a.length);
    }

    static void scale(int[] a, double factor, double[] out, int from, int to) {
        int bound = from + D.loopBound(to - from);
        DoubleVector f = DoubleVector.broadcast(D, factor);
        int i = from;
        for (; i < bound; i += D.length()) {
            doublesOf(a, i).mul(f).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = a[i] * factor;
        }
    }
}
