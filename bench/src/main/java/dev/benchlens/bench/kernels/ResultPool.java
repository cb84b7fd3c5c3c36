package dev.benchlens.bench.kernels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Result arrays that callers handed back, kept by length so that the next new-array operation of that length
 * reuses one instead of allocating: what NumPy's allocator does when {@code b = a * s; del b} runs in a loop.
 *
 * <p>An array is only ever handed out again after its owner called {@link #recycle}; until then it belongs to
 * the caller alone. A reused array's old contents are not cleared, because every operation that takes one
 * overwrites all of it. At most {@link #KEPT_PER_LENGTH} arrays per length and type are kept; more are left to
 * the garbage collector. Safe to use from several threads. Shelves are found by a linear search rather than a
 * map keyed by a boxed length, so that a reuse allocates nothing.
 */
public final class ResultPool {

    public static final int KEPT_PER_LENGTH = 2;

    /** The arrays kept for one length. */
    private record Shelf<T>(int length, ArrayDeque<T> arrays) {}

    private final List<Shelf<float[]>> floats = new ArrayList<>();
    private final List<Shelf<double[]>> doubles = new ArrayList<>();
    private final List<Shelf<int[]>> ints = new ArrayList<>();

    /** An array of {@code length} floats with unspecified contents, owned by the caller. */
    public synchronized float[] floats(int length) {
        float[] reused = shelf(floats, length).arrays().pollFirst();
        return reused != null ? reused : new float[length];
    }

    /** An array of {@code length} doubles with unspecified contents, owned by the caller. */
    public synchronized double[] doubles(int length) {
        double[] reused = shelf(doubles, length).arrays().pollFirst();
        return reused != null ? reused : new double[length];
    }

    /** An array of {@code length} ints with unspecified contents, owned by the caller. */
    public synchronized int[] ints(int length) {
        int[] reused = shelf(ints, length).arrays().pollFirst();
        return reused != null ? reused : new int[length];
    }

    /** Hands {@code array} back: the caller must not use it afterwards. Handing one back twice keeps it once. */
    public synchronized void recycle(float[] array) {
        keep(shelf(floats, array.length).arrays(), array);
    }

    public synchronized void recycle(double[] array) {
        keep(shelf(doubles, array.length).arrays(), array);
    }

    public synchronized void recycle(int[] array) {
        keep(shelf(ints, array.length).arrays(), array);
    }

    private static <T> Shelf<T> shelf(List<Shelf<T>> shelves, int length) {
        for (Shelf<T> s : shelves) {
            if (s.length() == length) {
                return s;
            }
        }
        Shelf<T> added = new Shelf<>(length, new ArrayDeque<>(KEPT_PER_LENGTH));
        shelves.add(added);
        return added;
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
