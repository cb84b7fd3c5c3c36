package dev.benchlens.bench.kernels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input sizes from which splitting work across threads paid on this machine, measured once per JVM and thread
 * count: float32 {@code sum} for reductions and float32 {@code scale} for element-wise operations, on one thread
 * against split, at sizes doubling from {@value #SMALLEST_BYTES} bytes to {@value #LARGEST_BYTES}. A size pays when
 * the split call's best time over {@value #ROUNDS} alternating rounds is at most {@value #PAYS} of one thread's (the
 * best, not the median: this asks what the machine can do; whether other work leaves the cores free at a given
 * moment is {@link Workers}'s question, asked at every call); the threshold is the smallest size that
 * pays and from which every larger measured size pays too, or {@link #NEVER} when the largest does not.
 *
 * <p>A run's fork JVMs are given the threshold their parent measured and recorded ({@value #PROPERTY}), so that
 * every benchmark of a run uses the figure its artifact states.
 *
 * @param reductionBytes   reductions of at least this many bytes of input are split
 * @param elementwiseBytes element-wise operations of at least this many bytes of input are split
 */
public record SplitThresholds(long reductionBytes, long elementwiseBytes) {

    /** The system property that sets the thresholds instead of calibrating: {@code REDUCTION,ELEMENTWISE} bytes. */
    public static final String PROPERTY = "benchlens.splitBytes";

    /** A threshold no input reaches: splitting never paid. */
    public static final long NEVER = Long.MAX_VALUE;

    static final long SMALLEST_BYTES = 64L << 10;
    static final long LARGEST_BYTES = 16L << 20;
    static final double PAYS = 0.8;
    static final int ROUNDS = 9;
    private static final int WARMUP_BATCHES = 100;
    private static final long BATCH_NANOS = 300_000;

    private static final Map<Integer, SplitThresholds> MEASURED = new ConcurrentHashMap<>();

    /** The thresholds for {@code threads} threads in this JVM: from {@value #PROPERTY} when set, else calibrated once. */
    public static SplitThresholds forThisJvm(int threads) {
        String set = System.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) {
            return parse(set);
        }
        return MEASURED.computeIfAbsent(threads, SplitThresholds::calibrate);
    }

    /** {@code REDUCTION,ELEMENTWISE}, each a byte count or {@code never}. */
    public static SplitThresholds parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(PROPERTY + " must be REDUCTION,ELEMENTWISE bytes, got '" + text + "'");
        }
        return new SplitThresholds(bytes(parts[0]), bytes(parts[1]));
    }

    private static long bytes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            return t.equals("never") ? NEVER : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + ": not a byte count or 'never': '" + text + "'");
        }
    }

    /** Thresholds that keep all work on the calling thread. */
    public static SplitThresholds never() {
        return new SplitThresholds(NEVER, NEVER);
    }

    /** Whether any input is ever split. */
    public boolean splitsAny() {
        return reductionBytes != NEVER || elementwiseBytes != NEVER;
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return text(reductionBytes) + "," + text(elementwiseBytes);
    }

    /** A byte count as the artifact records it: a number, or {@code never}. */
    public static String text(long bytes) {
        return bytes == NEVER ? "never" : Long.toString(bytes);
    }

    /** Measures both thresholds for {@code threads} threads; about a third of a second on a quiet 2-core machine. */
    static SplitThresholds calibrate(int threads) {
        if (threads < 2) {
            return never();
        }
        SimdKernels one = new SimdKernels();
        // Its own pool, which every allowed processor may join: this measures what the machine can do.
        SplitKernels split = new SplitKernels(Workers.unbudgeted(threads), threads, 0, 0);
        float[] a = new float[(int) (LARGEST_BYTES / Float.BYTES)];
        float[] out = new float[a.length];
        Arrays.fill(a, 1f);
        float[] warm = Arrays.copyOf(a, (int) (4 * SMALLEST_BYTES / Float.BYTES));
        for (Runnable kernel : new Runnable[] {
            () -> sink(one.sum(warm)),
            () -> sink(split.sum(warm)),
            () -> one.scale(warm, FACTOR, out),
            () -> split.scale(warm, FACTOR, out)
        }) {
            perCall(kernel, WARMUP_BATCHES); // until C2 has compiled the loops
        }
        int sizes = Long.numberOfTrailingZeros(LARGEST_BYTES / SMALLEST_BYTES) + 1;
        double[] sumRatio = new double[sizes];
        double[] scaleRatio = new double[sizes];
        for (int i = 0; i < sizes; i++) {
            float[] input = Arrays.copyOf(a, (int) ((SMALLEST_BYTES << i) / Float.BYTES));
            float[] output = Arrays.copyOf(out, input.length);
            sumRatio[i] = ratio(() -> sink(one.sum(input)), () -> sink(split.sum(input)));
            scaleRatio[i] = ratio(() -> one.scale(input, FACTOR, output), () -> split.scale(input, FACTOR, output));
        }
        return new SplitThresholds(threshold(sumRatio), threshold(scaleRatio));
    }

    private static final float FACTOR = 1 + 0x1p-10f;

    @SuppressWarnings("UnusedVariable") // written so that the JIT cannot drop the sums being timed
    private static volatile double sunk;

    private static void sink(double x) {
        sunk = x;
    }

    /** The smallest size from which every ratio (split time / one thread's time) pays, or {@link #NEVER}. */
    static long threshold(double[] ratios) {
        int from = ratios.length;
        while (from > 0 && ratios[from - 1] <= PAYS) {
            from--;
        }
        return from == ratios.length ? NEVER : SMALLEST_BYTES << from;
    }

    /** The best time per call of {@code split} over that of {@code one}, in alternating rounds after a warmup. */
    private static double ratio(Runnable one, Runnable split) {
        perCall(one, 3);
        perCall(split, 3);
        double[] ones = new double[ROUNDS];
        double[] splits = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ones[r] = perCall(one, 1);
            splits[r] = perCall(split, 1);
        }
        return Arrays.stream(splits).min().orElseThrow()
                / Arrays.stream(ones).min().orElseThrow();
    }

    /** Nanoseconds per call over {@code batches} batches of about {@value #BATCH_NANOS} ns each. */
    private static double perCall(Runnable call, int batches) {
        long calls = 0;
        long start = System.nanoTime();
        long end = start + batches * BATCH_NANOS;
        long now;
        do {
            call.run();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        return (double) (now - start) / calls;
    }
}
