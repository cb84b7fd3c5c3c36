package dev.benchlens.stats;

import dev.benchlens.format.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Geometric means of ratios with a t-interval across rows: exp(mean(ln r) +- t(0.975, k-1) * sd(ln r) / sqrt(k)).
 * Rows whose ratio is not a positive finite number are left out.
 */
final class Geomeans {

    private Geomeans() {
    }

    static List<GeomeanSummary> of(int candidateIndex, List<ComparisonRow> rows) {
        List<GeomeanSummary> summaries = new ArrayList<>();
        Map<String, List<Double>> byImplementation = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        for (ComparisonRow row : rows) {
            double r = row.ratio().value();
            if (Double.isFinite(r) && r > 0) {
                all.add(Math.log(r));
                byImplementation.computeIfAbsent(row.key().implementation(), k -> new ArrayList<>()).add(Math.log(r));
            }
        }
        if (all.isEmpty()) {
            return summaries;
        }
        summaries.add(summary(candidateIndex, null, all));
        byImplementation.forEach((impl, logs) -> summaries.add(summary(candidateIndex, impl, logs)));
        return summaries;
    }

    static GeomeanSummary summary(int candidateIndex, String implementation, List<Double> logs) {
        int k = logs.size();
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
        return new GeomeanSummary(candidateIndex, implementation, k, Math.exp(mean), ci);
    }
}
