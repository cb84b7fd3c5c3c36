package dev.benchlens.bench.ab;

import dev.benchlens.format.Measurement;
import dev.benchlens.match.CaseKey;

/**
 * One JMH fork of one side: which benchmark, where in the schedule it ran, what it measured and what the machine
 * did meanwhile.
 *
 * @param round       1 for the first pass, 2 and on for confirmation rounds
 * @param block       the block within its round (each block holds one fork of each side)
 * @param position    1 or 2: whether this side ran first or second in its block
 * @param rerun       whether its block is the second try of a block run under heavy contention
 * @param measurement the fork's iteration scores as samples; null when the fork failed
 * @param failure     why the fork produced no measurement; null when it did
 */
public record Fork(
        Side side,
        CaseKey key,
        int round,
        int block,
        int position,
        boolean rerun,
        Measurement measurement,
        Contention contention,
        String failure) {

    /** The fork's score (JMH's mean of its iterations), in its measurement's unit; NaN when it failed. */
    public double score() {
        return measurement == null ? Double.NaN : measurement.mean();
    }
}
