package dev.benchlens.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t distribution through commons-math3, with quantiles cached by degrees of freedom rounded to 0.01:
 * a quantile costs a root search, and a comparison of 100,000 rows must not do one per row.
 */
final class StudentT {

    private static final Map<Long, Double> QUANTILES_975 = new ConcurrentHashMap<>();

    private StudentT() {}

    /** The 97.5% quantile, which bounds a two-sided 95% interval. */
    static double quantile975(double df) {
        long key = Math.round(df * 100);
        return QUANTILES_975.computeIfAbsent(
                key, k -> new TDistribution(null, Math.max(k, 1) / 100.0).inverseCumulativeProbability(0.975));
    }

    /** Two-sided p-value of a t statistic. */
    static double twoSidedP(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
}
