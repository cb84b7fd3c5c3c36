package dev.benchlens.bench.kernels;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Result arrays that callers handed back, kept by length so that the next new-array operation of that length
 * reuses one instead of allocating: what NumPy's allocator does when {@code b = a * s; del b} runs in a loop.
 *
 * <p>An array is only ever handed out again after its owner called {@link #recycle}; until then it belongs to
 * the caller alone. A reused array's old contents are not cleared, because every operation that takes one
 * overwrites all of it. At most {@link #KEPT_PER_LENGTH} arrays per length and type are kept; more are left to
 * the garbage collector. Safe to use from several threads.
 */
public final class ResultPool {

    public static final int KEPT_PER_LENGTH = 2;

    private final Map<Integer, ArrayDeque<float[]>> floats = new HashMap<>();
    private final Map<Integer, ArrayDeque<double[]>> doubles = new HashMap<>();

    /** An array of {@code length} floats with unspecified contents, owned by the caller. */
    public synchronized float[] floats(int length) {
        ArrayDeque<float[]> kept = floats.get(length);
        float[] reused = kept == null ? null : kept.pollFirst();
        return reused != null ? reused : new float[length];
    }

    /** An array of {@code length} doubles with unspecified contents, owned by the caller. */
    public synchronized double[] doubles(int length) {
        ArrayDeque<double[]> kept = doubles.get(length);
        double[] reused = kept == null ? null : kept.pollFirst();
        return reused != null ? reused : new double[length];
    }

    /** Hands {@code array} back: the caller must not use it afterwards. Handing one back twice keeps it once. */
    public synchronized void recycle(float[] array) {
        keep(floats.computeIfAbsent(array.length, n -> new ArrayDeque<>()), array);
    }

    public synchronized void recycle(double[] array) {
        keep(doubles.computeIfAbsent(array.length, n -> new ArrayDeque<>()), array);
    }

    private static <T> void keep(ArrayDeque<T> kept, T array) {
        for (T k : kept) {
            if (k == array) {
                return;
            }
        }
        if (kept.size() < KEPT_PER_LENGTH) {
            kept.addFirst(array);
        }
    }
}
