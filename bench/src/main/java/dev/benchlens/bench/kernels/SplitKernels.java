package dev.benchlens.bench.kernels;

import java.util.function.IntConsumer;

/**
 * The SIMD kernels with large inputs split into chunks that the calling thread and {@link Workers} claim one at a
 * time: contiguous ranges of elements or rows of about {@value #CHUNK_BYTES} bytes. Inputs smaller than a threshold
 * run on the calling thread alone; reductions and element-wise operations have separate thresholds, since a hand-off
 * costs a larger share of a shorter run.
 *
 * <p>Sums and column means are pure: each chunk's partial result goes into a slot of this call's own, so a worker
 * that stalls in a chunk is not waited for (the caller computes that chunk again). Column means are split by rows
 * too: each chunk adds its rows into its own column sums, added together at the end. (Split by columns, every thread
 * hopped from page to page along the rows and reached less bandwidth.) Operations that write into the caller's
 * array wait for the chunks workers have claimed.
 */
final class SplitKernels implements Kernels, Int32Kernels {

    /** The input a chunk covers: small enough that a straggler's chunk is a small share of a call. */
    static final int CHUNK_BYTES = 64 << 10;

    /** At most this many chunks of elements or rows per call, so that claiming stays cheap for large inputs. */
    static final int MAX_CHUNKS = 64;

    /** Column means have a buffer of column sums per chunk, so they take fewer, larger chunks: this many a thread. */
    static final int COLUMN_CHUNKS_PER_THREAD = 4;

    /** Work on the items {@code [from, to)}: elements or rows. */
    @FunctionalInterface
    private interface Range {
        void run(int from, int to);
    }

    /** A partial sum over the elements {@code [from, to)}. */
    @FunctionalInterface
    private interface RangeSum {
        double of(int from, int to);
    }

    /** An exact int32 partial sum over the elements {@code [from, to)}. */
    @FunctionalInterface
    private interface RangeLongSum {
        long of(int from, int to);
    }

    /** Column sums of the rows {@code [from, to)} into the buffer numbered {@code slot}. */
    @FunctionalInterface
    private interface RowsInto {
        void run(int from, int to, int slot);
    }

    private final Workers workers;
    private final long minReductionBytes;
    private final long minElementwiseBytes;
    private final int columnChunks;

    /**
     * Each calling thread's buffers for the chunks' partial column sums, kept between calls so that a split column
     * mean allocates no arrays per call; a buffer a straggler may still write into is replaced.
     */
    @SuppressWarnings("ThreadLocalUsage") // per instance on purpose: the buffers are sized for this instance's chunks
    private final ThreadLocal<float[][]> floatSums = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage") // as above
    private final ThreadLocal<double[][]> doubleSums = new ThreadLocal<>();

    /** Splits reductions from {@code minReductionBytes}, element-wise operations from {@code minElementwiseBytes}. */
    SplitKernels(int threads, long minReductionBytes, long minElementwiseBytes) {
        this(Workers.shared(threads), threads, minReductionBytes, minElementwiseBytes);
    }

    SplitKernels(Workers workers, int threads, long minReductionBytes, long minElementwiseBytes) {
        this.workers = workers;
        this.minReductionBytes = minReductionBytes;
        this.minElementwiseBytes = minElementwiseBytes;
        this.columnChunks = COLUMN_CHUNKS_PER_THREAD * threads;
    }

    @Override
    public String name() {
        return "simd";
    }

    /** How many chunks {@code items} items of {@code bytes} bytes in all are cut into. */
    private static int chunksOf(long bytes, int items) {
        return (int) Math.max(1, Math.min(Math.min(items, MAX_CHUNKS), bytes / CHUNK_BYTES));
    }

    /** Start of chunk {@code c} when {@code items} items are cut into {@code chunks} near-equal chunks. */
    private static int start(int c, int chunks, int items) {
        return (int) ((long) items * c / chunks);
    }

    private void inChunks(long bytes, long minBytes, int items, Range range) {
        if (bytes < minBytes) {
            range.run(0, items);
            return;
        }
        int chunks = chunksOf(bytes, items);
        workers.run(chunks, c -> range.run(start(c, chunks, items), start(c + 1, chunks, items)));
    }

    private double sumInChunks(long bytes, int elements, RangeSum sum) {
        if (bytes < minReductionBytes) {
            return sum.of(0, elements);
        }
        int chunks = chunksOf(bytes, elements);
        double[] partial = new double[2 * chunks];
        int[] slots = workers.runPure(
                chunks,
                (c, slot) -> partial[slot] = sum.of(start(c, chunks, elements), start(c + 1, chunks, elements)));
        double total = 0;
        for (int slot : slots) {
            total += partial[slot];
        }
        return total;
    }

    private long longSumInChunks(long bytes, int elements, RangeLongSum sum) {
        if (bytes < minReductionBytes) {
            return sum.of(0, elements);
        }
        int chunks = chunksOf(bytes, elements);
        long[] partial = new long[2 * chunks];
        int[] slots = workers.runPure(
                chunks,
                (c, slot) -> partial[slot] = sum.of(start(c, chunks, elements), start(c + 1, chunks, elements)));
        long total = 0;
        for (int slot : slots) {
            total += partial[slot];
        }
        return total;
    }

    /**
     * Runs the column sums of each chunk of rows into its buffer; returns the slots holding each chunk's sums. The
     * buffers of chunks a straggler may still be writing are replaced by {@code fresh} for the next call.
     */
    private int[] columnSumsInChunks(int rows, int chunks, RowsInto rowsInto, IntConsumer fresh) {
        int[] slots = workers.runPure(
                chunks, (c, slot) -> rowsInto.run(start(c, chunks, rows), start(c + 1, chunks, rows), slot));
        for (int c = 0; c < chunks; c++) {
            if (slots[c] != c) {
                fresh.accept(c);
            }
        }
        return slots;
    }

    private float[][] floatBuffers(int chunks, int cols) {
        float[][] sums = floatSums.get();
        if (sums == null || sums.length < 2 * chunks || sums[0].length < cols) {
            sums = new float[2 * chunks][cols];
            floatSums.set(sums);
        }
        return sums;
    }

    private double[][] doubleBuffers(int chunks, int cols) {
        double[][] sums = doubleSums.get();
        if (sums == null || sums.length < 2 * chunks || sums[0].length < cols) {
            sums = new double[2 * chunks][cols];
            doubleSums.set(sums);
        }
        return sums;
    }

    @Override
    public double sum(float[] a) {
        return sumInChunks(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    @Override
    public double sum(double[] a) {
        return sumInChunks(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        inChunks(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        inChunks(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        if (bytes(a) < minReductionBytes) {
            SimdKernels.colSums(a, 0, rows, cols, out);
        } else {
            int chunks = Math.min(rows, columnChunks);
            float[][] kept = floatBuffers(chunks, cols);
            float[][] sums = kept.clone(); // a straggler keeps writing into this call's buffers, never the next's
            int[] slots = columnSumsInChunks(
                    rows,
                    chunks,
                    (from, to, slot) -> SimdKernels.colSums(a, from, to, cols, sums[slot]),
                    c -> kept[c] = new float[kept[c].length]);
            System.arraycopy(sums[slots[0]], 0, out, 0, cols);
            for (int c = 1; c < chunks; c++) {
                float[] partial = sums[slots[c]];
                for (int col = 0; col < cols; col++) {
                    out[col] += partial[col];
                }
            }
        }
        SimdKernels.divide(out, cols, rows);
    }

    @Override
    public void colMeans(double[] a, int rows, int cols, double[] out) {
        if (bytes(a) < minReductionBytes) {
            SimdKernels.colSums(a, 0, rows, cols, out);
        } else {
            doubleColumnSums(rows, cols, out, (from, to, sums) -> SimdKernels.colSums(a, from, to, cols, sums));
        }
        SimdKernels.divide(out, cols, rows);
    }

    /** Column sums of rows {@code [from, to)} into {@code sums}. */
    @FunctionalInterface
    private interface DoubleColumnSums {
        void run(int from, int to, double[] sums);
    }

    private void doubleColumnSums(int rows, int cols, double[] out, DoubleColumnSums columnSums) {
        int chunks = Math.min(rows, columnChunks);
        double[][] kept = doubleBuffers(chunks, cols);
        double[][] sums = kept.clone(); // as for float32
        int[] slots = columnSumsInChunks(
                rows,
                chunks,
                (from, to, slot) -> columnSums.run(from, to, sums[slot]),
                c -> kept[c] = new double[kept[c].length]);
        System.arraycopy(sums[slots[0]], 0, out, 0, cols);
        for (int c = 1; c < chunks; c++) {
            double[] partial = sums[slots[c]];
            for (int col = 0; col < cols; col++) {
                out[col] += partial[col];
            }
        }
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        inChunks(
                bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        inChunks(
                bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        inChunks(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        inChunks(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        inChunks(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        inChunks(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
    }

    @Override
    public long sum(int[] a) {
        return longSumInChunks(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    @Override
    public void rowMeans(int[] a, int rows, int cols, double[] out) {
        inChunks(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    /** The chunks' partial sums cover fewer rows than the whole, so they are exact wherever the whole is. */
    @Override
    public void colMeans(int[] a, int rows, int cols, double[] out) {
        if (rows > EXACT_DOUBLE_ROWS) {
            ScalarKernels.colMeansInLongs(a, rows, cols, out);
            return;
        }
        if (bytes(a) < minReductionBytes) {
            SimdKernels.colSums(a, 0, rows, cols, out);
        } else {
            doubleColumnSums(rows, cols, out, (from, to, sums) -> SimdKernels.colSums(a, from, to, cols, sums));
        }
        SimdKernels.divide(out, cols, rows);
    }

    @Override
    public void addRowVector(int[] a, int rows, int cols, int[] v, int[] out) {
        inChunks(
                bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out) {
        inChunks(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void scale(int[] a, double factor, double[] out) {
        inChunks(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
    }

    private static long bytes(int[] a) {
        return (long) a.length * Integer.BYTES;
    }

    private static long bytes(float[] a) {
        return (long) a.length * Float.BYTES;
    }

    private static long bytes(double[] a) {
        return (long) a.length * Double.BYTES;
    }
}
