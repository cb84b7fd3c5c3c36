package dev.benchlens.check;

import dev.benchlens.match.CaseKey;

/**
 * What makes {@code check} fail (exit 1): a row worse than allowed against a baseline run or a history, or a
 * measurement over its guard-rail. Every output format renders these; {@link #message()} is the text format's line.
 */
public sealed interface Failure permits Regression, HistoryRegression, GuardrailBreach, MissingRow {

    /** The case that failed. */
    CaseKey key();

    /** The name of the run the failing measurement comes from. */
    String run();

    /** The failure in one line, e.g. {@code guard-rail: 512x512 float32 sum [simd] in pr took 2.500 ms, limit 2.000 ms}. */
    String message();
}
