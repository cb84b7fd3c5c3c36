package dev.benchlens.check;

import dev.benchlens.compare.ComparisonRow;

/**
 * How strict the regression gate is.
 *
 * @param maxRegressionPercent the largest allowed change for the worse, e.g. 10 for 10%
 * @param allowUntested        untested rows beyond the threshold become notes instead of failures
 * @param gateReference        the reference implementation (NumPy) can fail the gate too
 * @param only                 when not empty, only these implementations are gated (a project's own kernels, so
 *                             that peers such as EJML are reported, never gated)
 * @param allowMissing         a gated baseline row with no counterpart in a candidate is a note, not a failure
 */
public record GateOptions(
        double maxRegressionPercent,
        boolean allowUntested,
        boolean gateReference,
        java.util.Set<String> only,
        boolean allowMissing) {

    public GateOptions {
        if (!(maxRegressionPercent >= 0) || !Double.isFinite(maxRegressionPercent)) {
            throw new IllegalArgumentException("a regression threshold must be a finite percentage of at least 0,"
                    + " found " + maxRegressionPercent);
        }
        only = only == null ? java.util.Set.of() : java.util.Set.copyOf(only);
    }

    public GateOptions(
            double maxRegressionPercent, boolean allowUntested, boolean gateReference, java.util.Set<String> only) {
        this(maxRegressionPercent, allowUntested, gateReference, only, false);
    }

    public GateOptions(double maxRegressionPercent, boolean allowUntested, boolean gateReference) {
        this(maxRegressionPercent, allowUntested, gateReference, java.util.Set.of());
    }

    public static GateOptions strict(double maxRegressionPercent) {
        return new GateOptions(maxRegressionPercent, false, false);
    }

    /** Whether the row's implementation is one the gate judges. */
    boolean gates(ComparisonRow row) {
        return gates(row.key().implementation(), row.reference());
    }

    /** Whether an implementation is one the gate judges; {@code reference} when it is its runs' reference. */
    boolean gates(String implementation, boolean reference) {
        if (reference && !gateReference) {
            return false;
        }
        return only.isEmpty() || only.contains(implementation) || reference;
    }
}
