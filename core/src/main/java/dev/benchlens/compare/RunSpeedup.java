package dev.benchlens.compare;

import dev.benchlens.format.Measurement;
import dev.benchlens.format.Speedup;
import dev.benchlens.match.KeyedMeasurement;

/**
 * A measurement's speedup within its own run: reference time / this time when the operation names a reference
 * implementation that is measured beside this one; else the value the run states for this implementation; else
 * none. The times win over a stated value because a speedup is their ratio: a stated value that disagrees with them
 * beyond rounding is kept in {@code disagreeingStatement} so that the row can say so.
 *
 * @param referenceMeasurement the reference's measurement, {@code null} when the run stated the value without one
 * @param disagreeingStatement the stated value when it disagrees with the times, else {@code null}
 */
public record RunSpeedup(
        double value, String reference, Measurement referenceMeasurement, Double disagreeingStatement) {

    /** Relative difference beyond which a stated speedup is not its two times' ratio rounded. */
    static final double ROUNDING = 0.01;
    /** Absolute difference always allowed: a speedup written with two decimals, e.g. 0.15 for 0.1549. */
    static final double ROUNDING_ABSOLUTE = 0.006;

    /** The speedup by the rule above, or {@code null} when the run gives none (or a non-finite or non-positive one). */
    public static RunSpeedup of(KeyedMeasurement km) {
        Speedup stated = km.speedup();
        if (stated == null) {
            return null;
        }
        String implementation = km.key().implementation();
        boolean measuredAgainstReference =
                km.reference() != null && !stated.reference().equals(implementation);
        if (measuredAgainstReference) {
            double fromTimes = km.reference().meanSeconds() / km.measurement().meanSeconds();
            Double disagreeing = stated.candidate().equals(implementation) && disagree(stated.value(), fromTimes)
                    ? stated.value()
                    : null;
            return usable(fromTimes)
                    ? new RunSpeedup(fromTimes, stated.reference(), km.reference(), disagreeing)
                    : null;
        }
        if (stated.candidate().equals(implementation) && usable(stated.value())) {
            return new RunSpeedup(stated.value(), stated.reference(), null, null);
        }
        return null;
    }

    private static boolean disagree(double stated, double fromTimes) {
        return Math.abs(stated - fromTimes) > Math.max(ROUNDING * fromTimes, ROUNDING_ABSOLUTE);
    }

    private static boolean usable(double value) {
        return Double.isFinite(value) && value > 0;
    }
}
