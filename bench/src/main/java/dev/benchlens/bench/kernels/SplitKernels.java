package dev.benchlens.bench.kernels;

/**
 * The SIMD kernels with large inputs split across {@link Workers}: each thread takes a contiguous range of
 * elements or rows. Inputs smaller than a threshold run on the calling thread alone; reductions and element-wise
 * operations can have separate thresholds, since a hand-off costs a larger share of a shorter run.
 * Column means are split by rows too: each thread adds its own rows into its own sums, which are added at the end.
 * (Split by columns, every thread hopped from page to page along the rows and reached less bandwidth.)
 */
final class SplitKernels implements Kernels, Int32Kernels {

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

    private final Workers workers;
    private final long minReductionBytes;
    private final long minElementwiseBytes;

    /**
     * Each calling thread's buffers for the threads' partial column sums, kept between calls so that a split column
     * mean allocates no array per call (8 KiB a call at 1024 float columns otherwise).
     */
    @SuppressWarnings("ThreadLocalUsage") // per instance on purpose: the buffers are sized for this instance's threads
    private final ThreadLocal<float[][]> floatSums = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage") // as above
    private final ThreadLocal<double[][]> doubleSums = new ThreadLocal<>();

    /** Splits reductions from {@code minReductionBytes}, element-wise operations from {@code minElementwiseBytes}. */
    SplitKernels(int threads, long minReductionBytes, long minElementwiseBytes) {
        this.workers = Workers.shared(threads);
        this.minReductionBytes = minReductionBytes;
        this.minElementwiseBytes = minElementwiseBytes;
    }

    @Override
    public String name() {
        return "simd";
    }

    private float[][] partialFloatSums(int cols) {
        float[][] sums = floatSums.get();
        if (sums == null || sums[0].length < cols) {
            sums = new float[workers.threads()][cols];
            floatSums.set(sums);
        }
        return sums;
    }

    private double[][] partialDoubleSums(int cols) {
        double[][] sums = doubleSums.get();
        if (sums == null || sums[0].length < cols) {
            sums = new double[workers.threads()][cols];
            doubleSums.set(sums);
        }
        return sums;
    }

    private void inParts(long bytes, long minBytes, int items, Range range) {
        if (bytes < minBytes) {
            range.run(0, items);
        } else {
            workers.runParts(p -> range.run(workers.start(p, items), workers.start(p + 1, items)));
        }
    }

    private double sumInParts(long bytes, int elements, RangeSum sum) {
        if (bytes < minReductionBytes) {
            return sum.of(0, elements);
        }
        double[] partial = new double[workers.threads()];
        workers.runParts(p -> partial[p] = sum.of(workers.start(p, elements), workers.start(p + 1, elements)));
        double total = 0;
        for (double x : partial) {
            total += x;
        }
        return total;
    }

    @Override
    public double sum(float[] a) {
        return sumInParts(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    @Override
    public double sum(double[] a) {
        return sumInParts(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    @Override
    public void rowMeans(float[] a, int rows, int cols, float[] out) {
        inParts(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    @Override
    public void rowMeans(double[] a, int rows, int cols, double[] out) {
        inParts(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    @Override
    public void colMeans(float[] a, int rows, int cols, float[] out) {
        if (bytes(a) < minReductionBytes) {
            SimdKernels.colSums(a, 0, rows, cols, out);
        } else {
            float[][] partial = partialFloatSums(cols);
            workers.runParts(
                    p -> SimdKernels.colSums(a, workers.start(p, rows), workers.start(p + 1, rows), cols, partial[p]));
            System.arraycopy(partial[0], 0, out, 0, cols);
            for (int p = 1; p < partial.length; p++) {
                for (int c = 0; c < cols; c++) {
                    out[c] += partial[p][c];
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
            double[][] partial = partialDoubleSums(cols);
            workers.runParts(
                    p -> SimdKernels.colSums(a, workers.start(p, rows), workers.start(p + 1, rows), cols, partial[p]));
            addUp(partial, cols, out);
        }
        SimdKernels.divide(out, cols, rows);
    }

    /** {@code out} = the sum of the threads' partial column sums. */
    private static void addUp(double[][] partial, int cols, double[] out) {
        System.arraycopy(partial[0], 0, out, 0, cols);
        for (int p = 1; p < partial.length; p++) {
            for (int c = 0; c < cols; c++) {
                out[c] += partial[p][c];
            }
        }
    }

    @Override
    public void addRowVector(float[] a, int rows, int cols, float[] v, float[] out) {
        inParts(bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addRowVector(double[] a, int rows, int cols, double[] v, double[] out) {
        inParts(bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(float[] a, int rows, int cols, float[] v, float[] out) {
        inParts(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(double[] a, int rows, int cols, double[] v, double[] out) {
        inParts(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void scale(float[] a, float factor, float[] out) {
        inParts(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
    }

    @Override
    public void scale(double[] a, double factor, double[] out) {
        inParts(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
    }

    @Override
    public long sum(int[] a) {
        return longSumInParts(bytes(a), a.length, (from, to) -> SimdKernels.sum(a, from, to));
    }

    private long longSumInParts(long bytes, int elements, RangeLongSum sum) {
        if (bytes < minReductionBytes) {
            return sum.of(0, elements);
        }
        long[] partial = new long[workers.threads()];
        workers.runParts(p -> partial[p] = sum.of(workers.start(p, elements), workers.start(p + 1, elements)));
        long total = 0;
        for (long x : partial) {
            total += x;
        }
        return total;
    }

    @Override
    public void rowMeans(int[] a, int rows, int cols, double[] out) {
        inParts(bytes(a), minReductionBytes, rows, (from, to) -> SimdKernels.rowMeans(a, from, to, cols, out));
    }

    /** The threads' partial sums cover fewer rows than the whole, so they are exact wherever the whole is. */
    @Override
    public void colMeans(int[] a, int rows, int cols, double[] out) {
        if (rows > EXACT_DOUBLE_ROWS) {
            ScalarKernels.colMeansInLongs(a, rows, cols, out);
            return;
        }
        if (bytes(a) < minReductionBytes) {
            SimdKernels.colSums(a, 0, rows, cols, out);
        } else {
            double[][] partial = partialDoubleSums(cols);
            workers.runParts(
                    p -> SimdKernels.colSums(a, workers.start(p, rows), workers.start(p + 1, rows), cols, partial[p]));
            addUp(partial, cols, out);
        }
        SimdKernels.divide(out, cols, rows);
    }

    @Override
    public void addRowVector(int[] a, int rows, int cols, int[] v, int[] out) {
        inParts(bytes(a), minElementwiseBytes, rows, (from, to) -> SimdKernels.addRowVector(a, from, to, cols, v, out));
    }

    @Override
    public void addColumnVector(int[] a, int rows, int cols, int[] v, int[] out) {
        inParts(
                bytes(a),
                minElementwiseBytes,
                rows,
                (from, to) -> SimdKernels.addColumnVector(a, from, to, cols, v, out));
    }

    @Override
    public void scale(int[] a, double factor, double[] out) {
        inParts(bytes(a), minElementwiseBytes, a.length, (from, to) -> SimdKernels.scale(a, factor, out, from, to));
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
