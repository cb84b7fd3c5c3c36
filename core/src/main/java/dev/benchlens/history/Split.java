package dev.benchlens.history;

import dev.benchlens.format.Interval;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A series cut in two at {@code index} (the first value after the change), compared by Student's two-sample t-test
 * with pooled variance, as Otava's significance tester does. Values are logs, so that differences are ratios.
 *
 * @param index      the first index of the later segment
 * @param difference mean(after) - mean(before), on the log scale
 * @param stdError   the pooled standard error of that difference
 * @param df         degrees of freedom, nBefore + nAfter - 2
 */
public record Split(int index, int nBefore, int nAfter, double difference, double stdError, int df, double pValue) {

    /** The split of {@code values[from, to)} at {@code index}; needs at least three values in all. */
    static Split of(double[] values, int from, int index, int to) {
        int m = index - from;
        int k = to - index;
        double meanBefore = mean(values, from, index);
        double meanAfter = mean(values, index, to);
        double squares = squares(values, from, index, meanBefore) + squares(values, index, to, meanAfter);
        int df = m + k - 2;
        double pooled = df > 0 ? squares / df : 0;
        double se = Math.sqrt(pooled * (1.0 / m + 1.0 / k));
        double difference = meanAfter - meanBefore;
        double p;
        if (df <= 0) {
            p = 1;
        } else if (se == 0) {
            p = difference == 0 ? 1 : 0;
        } else {
            p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(difference / se));
        }
        return new Split(index, m, k, difference, se, df, p);
    }

    /** exp(difference): the after/before ratio of the series' own values. */
    public double ratio() {
        return Math.exp(difference);
    }

    /** Otava's magnitude: the larger of the forward and backward relative changes. */
    public double magnitude() {
        double r = ratio();
        return Math.max(Math.abs(r - 1), Math.abs(1 / r - 1));
    }

    /** The interval of {@link #ratio()} at this confidence level. */
    public Interval interval(double level) {
        if (df <= 0 || stdError == 0) {
            return new Interval(ratio(), ratio());
        }
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Interval(Math.exp(difference - t * stdError), Math.exp(difference + t * stdError));
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static double squares(double[] values, int from, int to, double mean) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (values[i] - mean) * (values[i] - mean);
        }
        return sum;
    }
}
