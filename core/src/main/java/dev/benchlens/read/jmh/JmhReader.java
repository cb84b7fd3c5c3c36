package dev.benchlens.read.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's {@code -rf json} output. Every score becomes a time per operation (throughput is inverted), the raw
 * iteration scores become the samples, and the {@code @Param}s give the case as {@link JmhCaseKey} describes.
 * JMH's interval is a 99.9% one, so {@code ci95} is left for the statistics to compute from the samples.
 */
public final class JmhReader {

    private JmhReader() {
    }

    /** True for a non-empty list whose first element has {@code benchmark} and {@code primaryMetric}. */
    public static boolean isJmh(JsonNode root) {
        if (!root.isArray() || root.isEmpty()) {
            return false;
        }
        JsonNode first = root.get(0);
        return first.isObject() && first.has("benchmark") && first.has("primaryMetric");
    }

    public static Run read(JsonNode root, String origin) throws BadInputException {
        List<String> warnings = new ArrayList<>();
        Map<GroupKey, Map<String, List<Measurement>>> groups = new LinkedHashMap<>();
        RunMetadata metadata = null;
        for (int i = 0; i < root.size(); i++) {
            JsonNode record = root.get(i);
            String where = "[" + i + "]";
            try {
                if (!record.isObject()) {
                    throw new BadInputException("should be an object, found " + JsonDocuments.describe(record));
                }
                String benchmark = JsonDocuments.text(record, "benchmark");
                where += " (" + benchmark + ")";
                JmhCaseKey key = JmhCaseKey.of(benchmark, record.get("params"));
                Measurement measurement = measurement(record, key.implementation(), where, warnings);
                List<Measurement> measurements = groups
                        .computeIfAbsent(new GroupKey(key.shape(), key.dtype(), key.layout()),
                                k -> new LinkedHashMap<>())
                        .computeIfAbsent(key.operation(), k -> new ArrayList<>());
                if (measurements.stream().anyMatch(m -> m.implementation().equals(key.implementation()))) {
                    warnings.add(where + ": a second result for " + key.operation() + " by " + key.implementation()
                            + "; kept the first");
                } else {
                    measurements.add(measurement);
                }
                RunMetadata recordMetadata = JmhMetadata.of(record);
                if (metadata == null) {
                    metadata = recordMetadata;
                } else if (!metadata.equals(recordMetadata)) {
                    warnings.add(where + " ran with other JMH settings or JVM than the first benchmark;"
                            + " the run's metadata shows the first");
                }
            } catch (BadInputException e) {
                throw new BadInputException(where + ": " + e.getMessage(), e);
            }
        }
        return new Run(origin, metadata == null ? RunMetadata.ofSource(null) : metadata, cases(groups), warnings);
    }

    private record GroupKey(Shape shape, String dtype, String layout) {
    }

    private static List<Case> cases(Map<GroupKey, Map<String, List<Measurement>>> groups) {
        List<Case> cases = new ArrayList<>();
        groups.forEach((key, operations) -> {
            List<Operation> ops = new ArrayList<>();
            operations.forEach((name, measurements) -> ops.add(new Operation(name, "", measurements, null)));
            cases.add(new Case(key.shape(), key.dtype(), key.layout(), ops));
        });
        return cases;
    }

    private static Measurement measurement(JsonNode record, String implementation, String where,
                                           List<String> warnings) throws BadInputException {
        JsonNode metric = record.get("primaryMetric");
        if (metric == null || !metric.isObject()) {
            throw new BadInputException("missing field 'primaryMetric'");
        }
        JmhUnit unit = JmhUnit.parse(JsonDocuments.text(metric, "scoreUnit"));
        double mean = unit.toTimePerOp(JsonDocuments.number(metric, "score"));
        double[] raw = raw(metric.get("rawData"), unit, where, warnings);
        if (raw.length == 0) {
            Integer count = histogramCount(metric.get("rawDataHistogram"));
            JsonNode percentiles = metric.path("scorePercentiles");
            return new Measurement(implementation, unit.timeUnit(), count, mean,
                    percentile(percentiles, "50.0", unit),
                    // the fastest time of a throughput run is its highest throughput
                    percentile(percentiles, unit.inverted() ? "100.0" : "0.0", unit), null, null, List.of());
        }
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        return new Measurement(implementation, unit.timeUnit(), raw.length, mean, median(sorted), sorted[0],
                raw.length > 1 ? stddev(raw) : null, null, Arrays.stream(raw).boxed().toList());
    }

    private static double[] raw(JsonNode rawData, JmhUnit unit, String where, List<String> warnings)
            throws BadInputException {
        if (rawData == null || !rawData.isArray()) {
            return new double[0];
        }
        List<Double> values = new ArrayList<>();
        int dropped = 0;
        for (JsonNode fork : rawData) {
            for (JsonNode iteration : fork) {
                double value = unit.toTimePerOp(JsonDocuments.asNumber(iteration, "rawData"));
                if (Double.isFinite(value) && value > 0) {
                    values.add(value);
                } else {
                    dropped++;
                }
            }
        }
        if (dropped > 0) {
            warnings.add(where + ": " + dropped + " raw sample(s) were not a positive finite time; dropped");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Integer histogramCount(JsonNode histogram) throws BadInputException {
        if (histogram == null || !histogram.isArray()) {
            return null;
        }
        long count = 0;
        for (int f = 0; f < histogram.size(); f++) {
            JsonNode fork = histogram.get(f);
            for (int i = 0; i < fork.size(); i++) {
                JsonNode iteration = fork.get(i);
                for (int b = 0; b < iteration.size(); b++) {
                    JsonNode bucketCount = iteration.get(b).get(1);
                    if (bucketCount != null) {
                        String path = "primaryMetric.rawDataHistogram[" + f + "][" + i + "][" + b + "][1]";
                        // A sum past the long range saturates: the count only needs to say "very many".
                        count = saturatedAdd(count, JsonDocuments.wholeNumber(bucketCount, path));
                    }
                }
            }
        }
        return count == 0 ? null : (int) Math.min(count, Integer.MAX_VALUE);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    private static Double percentile(JsonNode percentiles, String name, JmhUnit unit) {
        JsonNode value = percentiles.get(name);
        return value != null && value.isNumber() ? unit.toTimePerOp(value.doubleValue()) : null;
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double stddev(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
