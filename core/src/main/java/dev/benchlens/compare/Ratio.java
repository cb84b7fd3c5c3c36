package dev.benchlens.compare;

import dev.benchlens.format.Interval;

/**
 * A row's ratio: above 1 means the candidate did better than the baseline.
 *
 * @param ci95 the 95% confidence interval; {@code null} when the sample counts or deviations are unknown
 */
public record Ratio(double value, RatioBasis basis, Interval ci95) {}
