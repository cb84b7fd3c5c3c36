package dev.benchlens.history;

/**
 * How sure and how large a change must be to be reported.
 *
 * @param maxPValue    the largest p-value of a change point, corrected for the search over every cut of its segment
 * @param weakPValue   change points with a p-value between {@code maxPValue} and this are listed apart as weak;
 *                     they never count in a gate
 * @param minMagnitude the smallest relative magnitude, max(|after/before - 1|, |before/after - 1|), as Apache Otava
 *                     defines it
 * @param minSegment   the fewest runs on each side of a change point
 * @param level        the confidence level of the reported intervals, e.g. 0.95
 */
public record ChangePointOptions(
        double maxPValue, double weakPValue, double minMagnitude, int minSegment, double level) {

    /** Otava's threshold: with hundreds of series per history, 0.05 would invent a change in every view. */
    public static final double DEFAULT_MAX_P = 0.001;
    /** Weak change points are worth a look, never an alarm: the conventional 5%. */
    public static final double DEFAULT_WEAK_P = 0.05;
    /** No magnitude filter by default, as in Otava: the test alone decides. */
    public static final double DEFAULT_MIN_MAGNITUDE = 0.0;
    /**
     * Five runs each side: a level is a level only when several runs agree on it, and the newest few runs are what
     * {@code check --history} judges one at a time.
     */
    public static final int DEFAULT_MIN_SEGMENT = 5;

    public ChangePointOptions {
        if (!(maxPValue > 0 && maxPValue < 1)) {
            throw new Refused(Setting.MAX_P, "the p-value threshold must lie between 0 and 1, found " + maxPValue);
        }
        if (!(weakPValue >= maxPValue && weakPValue < 1)) {
            throw new Refused(
                    Setting.WEAK_P,
                    "the weak p-value threshold must lie between the p-value threshold and 1, found " + weakPValue);
        }
        if (!(minMagnitude >= 0 && Double.isFinite(minMagnitude))) {
            throw new Refused(Setting.MIN_MAGNITUDE, "the minimum magnitude must be 0 or more, found " + minMagnitude);
        }
        if (minSegment < 2) {
            throw new Refused(
                    Setting.MIN_SEGMENT, "the minimum segment must hold at least 2 runs, found " + minSegment);
        }
        if (!(level > 0 && level < 1)) {
            throw new Refused(Setting.LEVEL, "the confidence level must lie between 0 and 1, found " + level);
        }
    }

    /** The settings, each of which a value out of range is refused for. */
    public enum Setting {
        MAX_P,
        WEAK_P,
        MIN_MAGNITUDE,
        MIN_SEGMENT,
        LEVEL
    }

    /** A value out of range, with the setting it was given for, so that a caller can name its own option. */
    public static final class Refused extends IllegalArgumentException {
        private final Setting setting;

        Refused(Setting setting, String message) {
            super(message);
            this.setting = setting;
        }

        public Setting setting() {
            return setting;
        }
    }

    public static ChangePointOptions defaults() {
        return new ChangePointOptions(DEFAULT_MAX_P, DEFAULT_WEAK_P, DEFAULT_MIN_MAGNITUDE, DEFAULT_MIN_SEGMENT, 0.95);
    }

    /** These options with another p-value threshold (and a weak one no stricter than it). */
    public ChangePointOptions withMaxP(double p) {
        return new ChangePointOptions(p, Math.max(p, weakPValue), minMagnitude, minSegment, level);
    }

    /** These options with another minimum magnitude. */
    public ChangePointOptions withMinMagnitude(double magnitude) {
        return new ChangePointOptions(maxPValue, weakPValue, magnitude, minSegment, level);
    }

    /** These options with another minimum segment. */
    public ChangePointOptions withMinSegment(int runs) {
        return new ChangePointOptions(maxPValue, weakPValue, minMagnitude, runs, level);
    }

    /** The fewest runs a series needs for a change point to be possible. */
    public int shortestTestable() {
        return 2 * minSegment;
    }
}
