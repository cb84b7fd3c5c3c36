package dev.benchlens.stats;

import dev.benchlens.format.Measurement;

/**
 * The summary statistics of one measurement in seconds, as the tests need them.
 *
 * @param stddevSeconds NaN when neither a standard deviation nor two raw samples are known
 * @param n             the sample count: {@code samples}, else the number of raw samples, else the assumed count;
 *                      {@code null} when unknown
 * @param nAssumed      whether {@code n} is the assumed count
 */
public record SampleStats(double meanSeconds, double stddevSeconds, Integer n, boolean nAssumed) {

    public static SampleStats of(Measurement m) {
        return of(m, m.rawSeconds(), null);
    }

    /**
     * As {@link #of(Measurement)}, with the raw samples in seconds already converted, and the sample count to assume
     * when the measurement records none ({@code null}: assume nothing).
     */
    public static SampleStats of(Measurement m, double[] raw, Integer assumedSamples) {
        Integer recorded = m.samples() != null ? m.samples() : raw.length > 0 ? Integer.valueOf(raw.length) : null;
        double sd = m.stddevSeconds();
        if (Double.isNaN(sd) && raw.length >= 2) {
            sd = sampleStddev(raw);
        }
        boolean assumed = recorded == null && assumedSamples != null;
        return new SampleStats(m.meanSeconds(), sd, assumed ? assumedSamples : recorded, assumed);
    }

    /** Coefficient of variation, stddev / mean; NaN when the stddev is unknown. */
    public double cv() {
        return stddevSeconds / meanSeconds;
    }

    /** True when a Welch test can use this: n of at least 2, a known stddev and a positive mean. */
    public boolean welchTestable() {
        return n != null && n >= 2 && !Double.isNaN(stddevSeconds) && meanSeconds > 0;
    }

    static double sampleStddev(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
