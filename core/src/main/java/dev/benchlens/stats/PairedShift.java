package dev.benchlens.stats;

import java.util.Arrays;

/**
 * The typical difference within pairs, with an interval that uses the pairing: the Hodges-Lehmann estimate (the
 * median of the Walsh averages {@code (d_i + d_j) / 2}, {@code i <= j}) and the exact Wilcoxon signed-rank confidence
 * interval around it. Distribution-free, and one disturbed pair moves the estimate little.
 *
 * <p>Benchlens feeds it the logarithms of head/base per block of interleaved forks, so the estimate and bounds are
 * log-ratios. With fewer than 6 pairs there is no interval: the bounds
 * are infinite, and nothing is significant.
 *
 * @param pairs    how many differences
 * @param estimate the Hodges-Lehmann estimate; NaN with no pairs
 * @param lower    the interval's low end; negative infinity when the pairs are too few
 * @param upper    the interval's high end; positive infinity when the pairs are too few
 */
public record PairedShift(int pairs, double estimate, double lower, double upper) {

    /** Above this many pairs the signed-rank statistic is close enough to normal, and the exact count is costly. */
    private static final int EXACT_LIMIT = 200;

    /** The 97.5% point of the standard normal distribution, for the large-sample bound. */
    private static final double Z_975 = 1.959963984540054;

    /** The shift of {@code differences} with its two-sided 95% interval. */
    public static PairedShift of(double[] differences) {
        int n = differences.length;
        if (n == 0) {
            return new PairedShift(0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double[] walsh = walshAverages(differences);
        double estimate = median(walsh);
        int c = rankOfLowerBound(n, 0.025);
        if (c < 0) {
            return new PairedShift(n, estimate, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        return new PairedShift(n, estimate, walsh[c], walsh[walsh.length - 1 - c]);
    }

    /** Whether the interval lies wholly above zero. */
    public boolean aboveZero() {
        return lower > 0;
    }

    /** Whether the interval lies wholly below zero. */
    public boolean belowZero() {
        return upper < 0;
    }

    /**
     * Half the interval's width: a shift at least this large would have put the whole interval on one side of zero
     * with this run's spread. Infinite when there is no interval.
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    static double[] walshAverages(double[] d) {
        int n = d.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (d[i] + d[j]) / 2;
            }
        }
        Arrays.sort(walsh);
        return walsh;
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * The 0-based index in the sorted Walsh averages of the interval's low end (the high end's counts from the top):
     * the largest {@code w} with {@code P(W <= w) <= tail}, W the signed-rank statistic of {@code n} pairs under no
     * shift; -1 when there is none, i.e. the pairs are too few.
     */
    static int rankOfLowerBound(int n, double tail) {
        if (n > EXACT_LIMIT) {
            double mean = n * (n + 1) / 4.0;
            double sd = Math.sqrt(n * (n + 1) * (2.0 * n + 1) / 24);
            return (int) Math.floor(mean - Z_975 * sd - 0.5);
        }
        double[] cumulative = signedRankCumulative(n);
        int w = -1;
        while (w + 1 < cumulative.length && cumulative[w + 1] <= tail) {
            w++;
        }
        return w;
    }

    /** P(W <= w) for w = 0 .. n(n+1)/2, W the Wilcoxon signed-rank statistic of n pairs under no shift. */
    static double[] signedRankCumulative(int n) {
        int max = n * (n + 1) / 2;
        double[] p = new double[max + 1];
        p[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int w = max; w >= 0; w--) {
                p[w] = (p[w] + (w >= rank ? p[w - rank] : 0)) / 2;
            }
        }
        for (int w = 1; w <= max; w++) {
            p[w] += p[w - 1];
        }
        return p;
    }
}
