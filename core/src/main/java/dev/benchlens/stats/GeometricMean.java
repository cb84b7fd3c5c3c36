package dev.benchlens.stats;

import dev.benchlens.format.Interval;

/**
 * The geometric mean of positive values given as their logs, with a t-interval across them:
 * exp(mean(ln r) +- t(0.975, k-1) * sd(ln r) / sqrt(k)).
 *
 * @param count how many values it is the mean of
 * @param ci95  {@code null} for fewer than two values
 */
public record GeometricMean(int count, double value, Interval ci95) {

    public static GeometricMean ofLogs(double[] logs) {
        int k = logs.length;
        double mean = 0;
        for (double v : logs) {
            mean += v;
        }
        mean /= k;
        Interval ci = null;
        if (k >= 2) {
            double squares = 0;
            for (double v : logs) {
                squares += (v - mean) * (v - mean);
            }
            double se = Math.sqrt(squares / (k - 1) / k);
            double t = StudentT.quantile975(k - 1);
            ci = new Interval(Math.exp(mean - t * se), Math.exp(mean + t * se));
        }
        return new GeometricMean(k, Math.exp(mean), ci);
    }
}
