package dev.benchlens.read.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A benchmark run only to make real JMH output for the reader's tests; its timings are never asserted. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TinyBenchmark {

    @Param({"4x4"})
    public String shape;

    @Param({"float64"})
    public String dtype;

    @Param({"scalar"})
    public String impl;

    private double[] values;

    @Setup
    public void fill() {
        values = new double[16];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
    }

    @Benchmark
    public double sum() {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
