package dev.benchlens.history;

/**
 * The cut of a segment that explains the most of its variance: the one with the largest two-sample t statistic,
 * found in one pass over prefix sums, since t^2 = (n - 2) B / (T - B) grows with the between-sides sum of squares B
 * (T being the segment's total sum of squares).
 *
 * @param index the first index after the cut; -1 when the segment is too short or flat
 * @param share B / T at that cut, in [0, 1]
 */
record BestCut(int index, double share) {

    static BestCut in(double[] values, int from, int to, int minSegment) {
        int n = to - from;
        if (n < 2 * minSegment) {
            return new BestCut(-1, 0);
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += values[i];
        }
        mean /= n;
        double total = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - mean;
            total += d * d;
        }
        // A spread below a billionth is rounding (the reference's speedup over itself), not a measurement.
        if (!(total / n > 1e-18)) {
            return new BestCut(-1, 0);
        }
        double prefix = 0;
        for (int i = from; i < from + minSegment - 1; i++) {
            prefix += values[i] - mean;
        }
        int best = -1;
        double bestBetween = -1;
        for (int k = minSegment; k <= n - minSegment; k++) {
            prefix += values[from + k - 1] - mean;
            double between = prefix * prefix * n / ((double) k * (n - k));
            if (between > bestBetween) {
                bestBetween = between;
                best = from + k;
            }
        }
        return new BestCut(best, Math.min(1, bestBetween / total));
    }
}
