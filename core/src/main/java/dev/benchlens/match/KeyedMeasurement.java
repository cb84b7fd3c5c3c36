package dev.benchlens.match;

import dev.benchlens.format.Measurement;
import dev.benchlens.format.Speedup;

/**
 * One measurement of a run under its (aliased) key, with what the run says about its speedup.
 *
 * @param speedup   the operation's own speedup, its names aliased like the key's; {@code null} when it states none
 * @param reference the measurement of the speedup's reference implementation in the same operation, if measured
 */
public record KeyedMeasurement(CaseKey key, Measurement measurement, Speedup speedup, Measurement reference) {}
