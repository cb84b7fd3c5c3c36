package dev.benchlens.stats;

/**
 * How strict the regression gate is.
 *
 * @param maxRegressionPercent the largest allowed change for the worse, e.g. 10 for 10%
 * @param allowUntested        untested rows beyond the threshold become notes instead of failures
 * @param gateReference        the reference implementation (NumPy) can fail the gate too
 */
public record GateOptions(double maxRegressionPercent, boolean allowUntested, boolean gateReference) {

    public GateOptions {
        if (!(maxRegressionPercent >= 0) || !Double.isFinite(maxRegressionPercent)) {
            throw new IllegalArgumentException("a regression threshold must be a finite percentage of at least 0,"
                    + " found " + maxRegressionPercent);
        }
    }

    public static GateOptions strict(double maxRegressionPercent) {
        return new GateOptions(maxRegressionPercent, false, false);
    }
}
