package dev.benchlens.bench.suite;

/** Which measurement a benchmark result is: case (shape, dtype, layout), operation and implementation. */
public record BenchmarkKey(String shape, String dtype, String layout, String op, String impl) {

    @Override
    public String toString() {
        return dtype + " " + shape + " " + layout + " " + op + " " + impl;
    }
}
