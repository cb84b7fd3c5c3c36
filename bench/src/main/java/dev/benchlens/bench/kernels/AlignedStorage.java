package dev.benchlens.bench.kernels;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Off-heap arrays that start on a 64-byte cache line, all from one long-lived {@link Arena}; closing the storage
 * frees them. Java heap arrays start 16 bytes into a line, so every full-width vector load from them straddles
 * two lines; from this storage none does.
 */
public final class AlignedStorage implements AutoCloseable {

    public static final long LINE_BYTES = 64;

    private final Arena arena = Arena.ofShared();

    /** A copy of {@code values} in a new line-aligned segment. */
    public MemorySegment copyOf(float[] values) {
        MemorySegment s = arena.allocate((long) values.length * Float.BYTES, LINE_BYTES);
        MemorySegment.copy(values, 0, s, ValueLayout.JAVA_FLOAT, 0, values.length);
        return s;
    }

    /** A copy of {@code values} in a new line-aligned segment. */
    public MemorySegment copyOf(double[] values) {
        MemorySegment s = arena.allocate((long) values.length * Double.BYTES, LINE_BYTES);
        MemorySegment.copy(values, 0, s, ValueLayout.JAVA_DOUBLE, 0, values.length);
        return s;
    }

    @Override
    public void close() {
        arena.close();
    }
}
