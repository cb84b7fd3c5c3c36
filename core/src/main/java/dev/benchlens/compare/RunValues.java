package dev.benchlens.compare;

import dev.benchlens.format.SimdMode;

/**
 * What one run measured for one key.
 *
 * @param seconds          mean time per operation in seconds
 * @param n                sample count; {@code null} when unknown
 * @param cv               coefficient of variation (stddev / mean); NaN when unknown
 * @param speedup          the speedup over {@code speedupReference}; {@code null} when the run gives none
 * @param speedupReference the reference implementation of {@code speedup}; {@code null} with it
 * @param nAssumed         whether {@code n} is the assumed sample count, not one the run recorded
 * @param simdMode         the SIMD mode the implementation ran in; {@code null} for the reference or when unknown
 */
public record RunValues(
        double seconds,
        Integer n,
        double cv,
        Double speedup,
        String speedupReference,
        boolean nAssumed,
        SimdMode simdMode) {}
