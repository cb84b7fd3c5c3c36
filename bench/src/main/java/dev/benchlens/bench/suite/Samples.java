package dev.benchlens.bench.suite;

import dev.benchlens.format.Interval;
import dev.benchlens.format.Measurement;
import org.openjdk.jmh.util.ListStatistics;
import org.openjdk.jmh.util.Statistics;

import java.util.List;

/** Turns samples, in one time unit, into a {@link Measurement}, with JMH's statistics so every source agrees. */
final class Samples {

    private Samples() {
    }

    static Measurement measurement(String impl, String unit, Statistics stats, List<Double> raw) {
        double[] ci = stats.getN() > 1 ? stats.getConfidenceIntervalAt(0.95) : new double[]{Double.NaN, Double.NaN};
        Interval interval = Double.isFinite(ci[0]) && Double.isFinite(ci[1]) ? new Interval(ci[0], ci[1]) : null;
        double sd = stats.getStandardDeviation();
        return new Measurement(impl, unit, Math.toIntExact(stats.getN()), stats.getMean(), stats.getPercentile(50),
                stats.getMin(), Double.isFinite(sd) ? sd : null, interval, raw);
    }

    static Measurement measurement(String impl, String unit, List<Double> raw) {
        return measurement(impl, unit, new ListStatistics(raw.stream().mapToDouble(Double::doubleValue).toArray()),
                raw);
    }
}
