package dev.benchlens.check;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.Interval;
import java.util.Locale;

/**
 * What the data can show about one gated row, in the three words every format and the explorer use: a
 * regression (significant and beyond the threshold), within (the interval's slow end lies within the threshold,
 * so the data shows the row did not regress beyond it), or inconclusive (neither). An inconclusive row fails when
 * its estimate is beyond the threshold, since the gate fails closed, and passes otherwise.
 */
public enum GateVerdict {
    REGRESSION("regression"),
    WITHIN("within"),
    INCONCLUSIVE("inconclusive");

    private final String word;

    GateVerdict(String word) {
        this.word = word;
    }

    /** The word printed for this verdict, the same in every format. */
    public String word() {
        return word;
    }

    /**
     * Judges one row. Changes are percentages of slowdown (positive is slower) on the row's gated basis.
     *
     * @param changePercent       the estimate
     * @param slowEndPercent      the slow end of the estimate's confidence interval; NaN when there is none
     * @param significantlySlower whether a test found the row significantly slower
     * @param thresholdPercent    the largest slowdown the gate allows
     */
    public static GateVerdict judge(
            double changePercent, double slowEndPercent, boolean significantlySlower, double thresholdPercent) {
        if (significantlySlower && changePercent > thresholdPercent) {
            return REGRESSION;
        }
        if (!Double.isNaN(slowEndPercent) && slowEndPercent <= thresholdPercent) {
            return WITHIN;
        }
        return INCONCLUSIVE;
    }

    /**
     * Judges a compared row on its ratio's basis: its change, the slow end of its change's 95% interval, and its
     * test; a row faster than its baseline is never significantly slower.
     */
    public static GateVerdict of(ComparisonRow row, double thresholdPercent) {
        double change = row.changePercent();
        Interval interval = row.changeInterval();
        return judge(
                change,
                interval == null ? Double.NaN : interval.high(),
                row.significance().significant() && change > 0,
                thresholdPercent);
    }

    /** Whether a row with this verdict and estimate fails the gate. */
    public boolean fails(double changePercent, double thresholdPercent) {
        return switch (this) {
            case REGRESSION -> true;
            case WITHIN -> false;
            case INCONCLUSIVE -> !(changePercent <= thresholdPercent);
        };
    }

    /** The verdict as a row's label: "inconclusive, judged by its magnitude" when an inconclusive row fails. */
    public String label(double changePercent, double thresholdPercent) {
        return this == INCONCLUSIVE && fails(changePercent, thresholdPercent)
                ? word + ", judged by its magnitude"
                : word;
    }

    /** "could detect ≥ 4.1%": the smallest slowdown the row's data could have shown, for its verdict line. */
    public static String detectable(double detectablePercent) {
        return Double.isFinite(detectablePercent)
                ? String.format(Locale.ROOT, "could detect ≥ %.1f%%", detectablePercent)
                : "could detect no change";
    }
}
