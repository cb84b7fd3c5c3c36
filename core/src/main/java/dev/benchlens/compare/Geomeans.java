package dev.benchlens.compare;

import dev.benchlens.stats.GeometricMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

/**
 * A candidate's geometric means of ratios, over all its rows and per implementation, each with a t-interval across
 * rows ({@link GeometricMean}). Rows whose ratio is not a positive finite number are left out.
 */
final class Geomeans {

    private Geomeans() {}

    static List<GeomeanSummary> of(int candidateIndex, List<ComparisonRow> rows) {
        // Unboxed buffers: this runs once per comparison over every row, often before the JIT has compiled it.
        DoubleStream.Builder all = DoubleStream.builder();
        Map<String, DoubleStream.Builder> byImplementation = new TreeMap<>();
        for (ComparisonRow row : rows) {
            double r = row.ratio().value();
            if (Double.isFinite(r) && r > 0) {
                double log = Math.log(r);
                all.add(log);
                // A JMH benchmark names no implementation: the "all" line already covers it, a nameless line would not.
                if (!row.key().implementation().isBlank()) {
                    byImplementation
                            .computeIfAbsent(row.key().implementation(), k -> DoubleStream.builder())
                            .add(log);
                }
            }
        }
        double[] allLogs = all.build().toArray();
        List<GeomeanSummary> summaries = new ArrayList<>();
        if (allLogs.length == 0) {
            return summaries;
        }
        summaries.add(summary(candidateIndex, null, allLogs));
        byImplementation.forEach((impl, logs) ->
                summaries.add(summary(candidateIndex, impl, logs.build().toArray())));
        return summaries;
    }

    static GeomeanSummary summary(int candidateIndex, String implementation, double[] logs) {
        GeometricMean mean = GeometricMean.ofLogs(logs);
        return new GeomeanSummary(candidateIndex, implementation, mean.count(), mean.value(), mean.ci95());
    }
}
