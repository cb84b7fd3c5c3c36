package dev.benchlens.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-sided Mann-Whitney U test. Exact when there are no ties and n1*n2 is at most {@value #EXACT_LIMIT};
 * otherwise the normal approximation with tie correction and a continuity correction of 0.5.
 */
public final class MannWhitneyU {

    static final int EXACT_LIMIT = 400;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final Map<Long, double[]> EXACT_CUMULATIVE = new ConcurrentHashMap<>();

    private MannWhitneyU() {}

    /**
     * The two-sided p-value for the hypothesis that x and y come from the same distribution; finite values only.
     * Counts and sums are kept in {@code long} and {@code double}, so that a million samples a side (and more)
     * give the same answer as a few: the ranks come from one merge of the two sorted samples.
     */
    public static double pValue(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        RankSums ranks = RankSums.of(x, y);
        double u = ranks.rankSumX() - (double) n1 * (n1 + 1) / 2;
        if (ranks.tieSum() == 0 && (long) n1 * n2 <= EXACT_LIMIT) {
            return exactPValue((int) Math.round(u), n1, n2);
        }
        double total = (double) n1 + n2;
        double mean = (double) n1 * n2 / 2;
        double variance = (double) n1 * n2 / 12 * ((total + 1) - ranks.tieSum() / (total * (total - 1)));
        if (variance <= 0) {
            return 1; // every value is equal
        }
        double z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-z));
    }

    /**
     * The sum of x's ranks (ties sharing their average rank) and the sum of t^3 - t over groups of t tied values.
     */
    private record RankSums(double rankSumX, double tieSum) {

        static RankSums of(double[] x, double[] y) {
            double[] xs = x.clone();
            double[] ys = y.clone();
            Arrays.sort(xs);
            Arrays.sort(ys);
            double rankSumX = 0;
            double tieSum = 0;
            long ranked = 0;
            int i = 0;
            int j = 0;
            while (i < xs.length || j < ys.length) {
                double v = j == ys.length || (i < xs.length && xs[i] <= ys[j]) ? xs[i] : ys[j];
                long inX = 0;
                while (i < xs.length && xs[i] == v) {
                    i++;
                    inX++;
                }
                long inY = 0;
                while (j < ys.length && ys[j] == v) {
                    j++;
                    inY++;
                }
                double tied = inX + inY;
                rankSumX += inX * (ranked + (tied + 1) / 2);
                tieSum += tied * tied * tied - tied;
                ranked += inX + inY;
            }
            return new RankSums(rankSumX, tieSum);
        }
    }

    /**
     * The smallest two-sided p-value the test can give with these sample sizes, reached when the samples do not
     * overlap at all: 2 / C(n1 + n2, n1). With 3 samples a side it is 0.1, so no alpha of 0.05 can ever be met.
     */
    public static double smallestPValue(int n1, int n2) {
        double arrangements = 1;
        for (int i = 1; i <= Math.min(n1, n2); i++) {
            arrangements = arrangements * (Math.max(n1, n2) + i) / i;
        }
        return Math.min(1, 2 / arrangements);
    }

    private static double exactPValue(int u, int n1, int n2) {
        Long sizes = (long) n1 << 32 | n2;
        double[] cumulative = EXACT_CUMULATIVE.get(sizes);
        if (cumulative == null) {
            cumulative = EXACT_CUMULATIVE.computeIfAbsent(sizes, k -> exactCumulative(n1, n2));
        }
        double total = cumulative[cumulative.length - 1];
        double lower = cumulative[u] / total;
        double upper = cumulative[n1 * n2 - u] / total; // P(U >= u) = P(U <= n1*n2 - u) by symmetry
        return Math.min(1, 2 * Math.min(lower, upper));
    }

    /**
     * Cumulative counts of the arrangements giving each U: the coefficients of the Gaussian binomial
     * [n1+n2 choose n1]_q, built as the product over i of (1 - q^(n2+i)) / (1 - q^i).
     */
    private static double[] exactCumulative(int n1, int n2) {
        int degree = n1 * n2;
        double[] c = new double[degree + 1];
        c[0] = 1;
        for (int i = 1; i <= n1; i++) {
            int up = n2 + i;
            for (int k = degree; k >= up; k--) {
                c[k] -= c[k - up];
            }
            for (int k = i; k <= degree; k++) {
                c[k] += c[k - i];
            }
        }
        for (int k = 1; k <= degree; k++) {
            c[k] += c[k - 1];
        }
        return c;
    }
}
