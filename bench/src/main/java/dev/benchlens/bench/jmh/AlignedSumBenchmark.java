package dev.benchlens.bench.jmh;

import dev.benchlens.bench.kernels.AlignedStorage;
import dev.benchlens.bench.kernels.AlignedSums;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.format.Shape;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;

/**
 * The SIMD sum over the same {@code arange} data held in a Java heap array ({@code heap}) or in line-aligned
 * off-heap storage ({@code aligned}), to see what alignment is worth when the data sits in a cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlignedSumBenchmark {

    @Param("512x512")
    public String shape;
    @Param({"float32", "float64"})
    public String dtype;
    @Param({"heap", "aligned"})
    public String storage;

    private final SimdKernels simd = new SimdKernels();
    private AlignedStorage offHeap;
    private float[] floats;
    private double[] doubles;
    private MemorySegment segment;

    @Setup(Level.Trial)
    public void prepare() {
        int n = Math.toIntExact(Shape.parse(shape).elements());
        offHeap = new AlignedStorage();
        floats = Tasks.arangeF(n);
        doubles = Tasks.arangeD(n);
        segment = dtype.equals("float32") ? offHeap.copyOf(floats) : offHeap.copyOf(doubles);
    }

    @TearDown(Level.Trial)
    public void release() {
        offHeap.close();
    }

    @Benchmark
    public double sum() {
        boolean f32 = dtype.equals("float32");
        if (storage.equals("aligned")) {
            return f32 ? AlignedSums.sumFloats(segment) : AlignedSums.sumDoubles(segment);
        }
        return f32 ? simd.sum(floats) : simd.sum(doubles);
    }
}
