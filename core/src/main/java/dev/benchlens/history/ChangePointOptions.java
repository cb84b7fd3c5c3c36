package dev.benchlens.history;

/**
 * How sure and how large a change must be to be reported: the largest p-value of the Student t-test on the split,
 * and the smallest relative magnitude, max(|after/before - 1|, |before/after - 1|), as Apache Otava defines them.
 *
 * @param level the confidence level of the reported intervals, e.g. 0.95
 */
public record ChangePointOptions(double maxPValue, double minMagnitude, double level) {

    /** Otava's default p-value threshold: with dozens of series per history, 0.05 would flag noise weekly. */
    public static final double DEFAULT_MAX_P = 0.001;
    /** No magnitude filter by default, as in Otava: the t-test alone decides. */
    public static final double DEFAULT_MIN_MAGNITUDE = 0.0;

    public ChangePointOptions {
        if (!(maxPValue > 0 && maxPValue < 1)) {
            throw new IllegalArgumentException("the p-value threshold must lie between 0 and 1, found " + maxPValue);
        }
        if (!(minMagnitude >= 0 && Double.isFinite(minMagnitude))) {
            throw new IllegalArgumentException("the minimum magnitude must be 0 or more, found " + minMagnitude);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must lie between 0 and 1, found " + level);
        }
    }

    public static ChangePointOptions defaults() {
        return new ChangePointOptions(DEFAULT_MAX_P, DEFAULT_MIN_MAGNITUDE, 0.95);
    }
}
