package dev.benchlens.stats;

import dev.benchlens.format.Measurement;
import dev.benchlens.format.Speedup;
import dev.benchlens.match.KeyedMeasurement;

/**
 * A measurement's speedup within its own run, by this rule: when the operation states a speedup whose candidate
 * is this implementation, that stated value; otherwise, when the operation names a reference implementation that
 * is measured in the same operation and is not this one, reference time / this time; otherwise none.
 *
 * @param referenceMeasurement the reference's measurement, {@code null} when the run stated the value without one
 */
public record RunSpeedup(double value, String reference, Measurement referenceMeasurement) {

    /** The speedup by the rule above, or {@code null} when the run gives none (or a non-finite or non-positive one). */
    public static RunSpeedup of(KeyedMeasurement km) {
        Speedup stated = km.speedup();
        if (stated == null) {
            return null;
        }
        String implementation = km.key().implementation();
        double value;
        if (stated.candidate().equals(implementation)) {
            value = stated.value();
        } else if (!stated.reference().equals(implementation) && km.reference() != null) {
            value = km.reference().meanSeconds() / km.measurement().meanSeconds();
        } else {
            return null;
        }
        return Double.isFinite(value) && value > 0 ? new RunSpeedup(value, stated.reference(), km.reference()) : null;
    }
}
