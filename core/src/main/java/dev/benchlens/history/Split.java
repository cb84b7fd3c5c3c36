package dev.benchlens.history;

import dev.benchlens.format.Interval;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A change point: a series cut in two at {@code index} (the first value after the change), the levels of the two
 * sides up to the neighbouring change points with the pooled standard error of their difference, and the p-value of
 * the search that found it. Values are logs, so that differences are ratios.
 *
 * @param index      the first index of the later segment
 * @param difference mean(after) - mean(before), on the log scale
 * @param stdError   the pooled standard error of that difference
 * @param df         degrees of freedom, nBefore + nAfter - 2
 * @param pValue     the chance of so good a cut anywhere in a step-free segment of the same length
 *                   ({@link SearchCorrection})
 */
public record Split(int index, int nBefore, int nAfter, double difference, double stdError, int df, double pValue) {

    /** The split of {@code values[from, to)} at {@code index}, found with p-value {@code p}. */
    static Split of(double[] values, int from, int index, int to, double p) {
        int m = index - from;
        int k = to - index;
        double meanBefore = mean(values, from, index);
        double meanAfter = mean(values, index, to);
        double squares = squares(values, from, index, meanBefore) + squares(values, index, to, meanAfter);
        int df = m + k - 2;
        double pooled = df > 0 ? squares / df : 0;
        double se = Math.sqrt(pooled * (1.0 / m + 1.0 / k));
        double difference = meanAfter - meanBefore;
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
