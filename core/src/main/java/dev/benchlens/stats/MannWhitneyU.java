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

    /** The two-sided p-value for the hypothesis that x and y come from the same distribution; finite values only. */
    public static double pValue(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        double[] sorted = Arrays.copyOf(x, n1 + n2);
        System.arraycopy(y, 0, sorted, n1, n2);
        Arrays.sort(sorted);

        double rankSumX = 0;
        for (double v : x) {
            rankSumX += averageRank(sorted, v);
        }
        double u = rankSumX - n1 * (n1 + 1) / 2.0;
        double tieSum = tieSum(sorted);

        if (tieSum == 0 && (long) n1 * n2 <= EXACT_LIMIT) {
            return exactPValue((int) Math.round(u), n1, n2);
        }
        int total = n1 + n2;
        double mean = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((total + 1) - tieSum / ((double) total * (total - 1)));
        if (variance <= 0) {
            return 1; // every value is equal
        }
        double z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-z));
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

    /** 1-based rank of {@code v} in the sorted array, averaged over ties. */
    private static double averageRank(double[] sorted, double v) {
        int first = lowerBound(sorted, v);
        int last = first;
        while (last + 1 < sorted.length && sorted[last + 1] == v) {
            last++;
        }
        return (first + last) / 2.0 + 1;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sum of t^3 - t over groups of t tied values. */
    private static double tieSum(double[] sorted) {
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
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
