package dev.benchlens.stats;

import dev.benchlens.format.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

/**
 * Geometric means of ratios with a t-interval across rows: exp(mean(ln r) +- t(0.975, k-1) * sd(ln r) / sqrt(k)).
 * Rows whose ratio is not a positive finite number are left out.
 */
final class Geomeans {

    private Geomeans() {
    }

    static List<GeomeanSummary> of(int candidateIndex, List<ComparisonRow> rows) {
        // Unboxed buffers: this runs once per comparison over every row, often before the JIT has compiled it.
        DoubleStream.Builder all = DoubleStream.builder();
        Map<String, DoubleStream.Builder> byImplementation = new TreeMap<>();
        for (ComparisonRow row : rows) {
            double r = row.ratio().value();
            if (Double.isFinite(r) && r > 0) {
                double log = Math.log(r);
                all.add(log);
                byImplementation.computeIfAbsent(row.key().implementation(), k -> DoubleStream.builder()).add(log);
            }
        }
        double[] allLogs = all.build().toArray();
        List<GeomeanSummary> summaries = new ArrayList<>();
        if (allLogs.length == 0) {
            return summaries;
        }
        summaries.add(summary(candidateIndex, null, allLogs));
        byImplementation.forEach((impl, logs) -> summaries.add(summary(candidateIndex, impl, logs.build().toArray())));
        return summaries;
    }

    static GeomeanSummary summary(int candidateIndex, String implementation, double[] logs) {
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
        return new GeomeanSummary(candidateIndex, implementation, k, Math.exp(mean), ci);
    }
}
