package dev.benchlens.bench.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * SIMD sums over {@link AlignedStorage} segments: the same loop as {@link SimdKernels}' sums (four accumulators,
 * float32 in blocks added in {@code double}) reading vectors with {@code fromMemorySegment}, which on line-aligned
 * storage never splits a load across two cache lines.
 */
public final class AlignedSums {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final long FLOAT_BLOCK = 4096;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private AlignedSums() {
    }

    /** Sum of the float32 values in {@code s}. */
    public static double sumFloats(MemorySegment s) {
        long n = s.byteSize() / Float.BYTES;
        double total = 0;
        for (long start = 0; start < n; start += FLOAT_BLOCK) {
            total += floatBlock(s, start, Math.min(n, start + FLOAT_BLOCK));
        }
        return total;
    }

    private static float floatBlock(MemorySegment s, long from, long to) {
        long lanes = F.length();
        long step = lanes * Float.BYTES;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        long i = from;
        for (; i <= to - 4 * lanes; i += 4 * lanes) {
            long at = i * Float.BYTES;
            acc0 = acc0.add(FloatVector.fromMemorySegment(F, s, at, ORDER));
            acc1 = acc1.add(FloatVector.fromMemorySegment(F, s, at + step, ORDER));
            acc2 = acc2.add(FloatVector.fromMemorySegment(F, s, at + 2 * step, ORDER));
            acc3 = acc3.add(FloatVector.fromMemorySegment(F, s, at + 3 * step, ORDER));
        }
        for (; i <= to - lanes; i += lanes) {
            acc0 = acc0.add(FloatVector.fromMemorySegment(F, s, i * Float.BYTES, ORDER));
        }
        float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            sum += s.getAtIndex(FLOAT, i);
        }
        return sum;
    }

    /** Sum of the float64 values in {@code s}. */
    public static double sumDoubles(MemorySegment s) {
        long n = s.byteSize() / Double.BYTES;
        long lanes = D.length();
        long step = lanes * Double.BYTES;
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = DoubleVector.zero(D);
        DoubleVector acc2 = DoubleVector.zero(D);
        DoubleVector acc3 = DoubleVector.zero(D);
        long i = 0;
        for (; i <= n - 4 * lanes; i += 4 * lanes) {
            long at = i * Double.BYTES;
            acc0 = acc0.add(DoubleVector.fromMemorySegment(D, s, at, ORDER));
            acc1 = acc1.add(DoubleVector.fromMemorySegment(D, s, at + step, ORDER));
            acc2 = acc2.add(DoubleVector.fromMemorySegment(D, s, at + 2 * step, ORDER));
            acc3 = acc3.add(DoubleVector.fromMemorySegment(D, s, at + 3 * step, ORDER));
        }
        for (; i <= n - lanes; i += lanes) {
            acc0 = acc0.add(DoubleVector.fromMemorySegment(D, s, i * Double.BYTES, ORDER));
        }
        double sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += s.getAtIndex(DOUBLE, i);
        }
        return sum;
    }
}
