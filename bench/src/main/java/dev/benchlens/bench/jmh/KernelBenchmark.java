package dev.benchlens.bench.jmh;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.bench.kernels.ViewOps;
import dev.benchlens.format.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The suite's one benchmark: an operation on a case by an implementation, all chosen by parameters whose names
 * ({@code shape}, {@code dtype}, {@code layout}, {@code op}, {@code impl}) readers use as the case key.
 * Each fork prepares exactly one task, so the call in the hot loop is monomorphic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmark {

    @Param("512x512")
    public String shape;

    @Param("float32")
    public String dtype;

    @Param("contiguous")
    public String layout;

    @Param("sum")
    public String op;

    @Param("simd")
    public String impl;

    private Task task;

    @Setup(Level.Trial)
    public void prepare() {
        Knobs knobs = Knobs.fromEnvironment();
        DType type = DType.parse(dtype);
        Implementation implementation = Implementation.parse(impl);
        implementation.notApplicableReason(type).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        var kernels = implementation
                .create(knobs)
                .orElseThrow(() -> new IllegalStateException(
                        implementation.unavailableReason(knobs).orElse(impl + " unavailable")));
        Shape s = Shape.parse(shape);
        if (s.dims().size() != 2) {
            throw new IllegalArgumentException("the kernels take 2-D shapes, got " + shape);
        }
        task = Tasks.prepare(
                new ViewOps(kernels),
                KernelOp.parse(op),
                type,
                Layout.parse(layout),
                Math.toIntExact(s.dims().get(0)),
                Math.toIntExact(s.dims().get(1)));
    }

    @Benchmark
    public void run(Blackhole sink) {
        task.run(sink);
    }
}
