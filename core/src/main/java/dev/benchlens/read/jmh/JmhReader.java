package dev.benchlens.read.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's {@code -rf json} output: each record becomes a {@link JmhResult}, which {@link JmhConversion} turns
 * into a key and a measurement (time per operation, with the raw iteration scores as its samples).
 */
public final class JmhReader {

    private JmhReader() {}

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
                JmhResult result = result(benchmark, record);
                CaseKey key = JmhConversion.key(result);
                String at = where;
                Measurement measurement = JmhConversion.measurement(
                        result, key.implementation(), warning -> warnings.add(at + ": " + warning));
                List<Measurement> measurements = groups.computeIfAbsent(
                                new GroupKey(key.shape(), key.dtype(), key.layout()), k -> new LinkedHashMap<>())
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

    private record GroupKey(Shape shape, String dtype, Layout layout) {}

    private static List<Case> cases(Map<GroupKey, Map<String, List<Measurement>>> groups) {
        List<Case> cases = new ArrayList<>();
        groups.forEach((key, operations) -> {
            List<Operation> ops = new ArrayList<>();
            operations.forEach((name, measurements) -> ops.add(new Operation(name, "", measurements, null)));
            cases.add(new Case(key.shape(), key.dtype(), key.layout(), ops));
        });
        return cases;
    }

    /** The record as JMH's result: what {@link JmhConversion} needs, read with the file's positions in mind. */
    private static JmhResult result(String benchmark, JsonNode record) throws BadInputException {
        Map<String, String> params = params(record.get("params"));
        JsonNode metric = record.get("primaryMetric");
        if (metric == null || !metric.isObject()) {
            throw new BadInputException("missing field 'primaryMetric'");
        }
        String scoreUnit = JsonDocuments.text(metric, "scoreUnit");
        double score = JsonDocuments.number(metric, "score");
        List<List<Double>> rawData = rawData(metric.get("rawData"));
        if (rawData.stream().allMatch(List::isEmpty)) {
            return new JmhResult(
                    benchmark,
                    params,
                    scoreUnit,
                    score,
                    rawData,
                    histogramCount(metric.get("rawDataHistogram")),
                    percentiles(metric.path("scorePercentiles")));
        }
        return JmhResult.of(benchmark, params, scoreUnit, score, rawData);
    }

    /** The params as text; a {@code shape} written as a list is checked and written as {@code 512x512}. */
    private static Map<String, String> params(JsonNode params) throws BadInputException {
        Map<String, String> values = new LinkedHashMap<>();
        if (params != null && params.isObject()) {
            for (Map.Entry<String, JsonNode> e : params.properties()) {
                JsonNode value = e.getValue();
                values.put(
                        e.getKey(),
                        e.getKey().equals("shape") && !value.isTextual()
                                ? JsonDocuments.shape(value).toString()
                                : value.asText());
            }
        }
        return values;
    }

    private static List<List<Double>> rawData(JsonNode rawData) throws BadInputException {
        List<List<Double>> forks = new ArrayList<>();
        if (rawData == null || !rawData.isArray()) {
            return forks;
        }
        for (JsonNode fork : rawData) {
            List<Double> iterations = new ArrayList<>();
            for (JsonNode iteration : fork) {
                iterations.add(JsonDocuments.asNumber(iteration, "rawData"));
            }
            forks.add(iterations);
        }
        return forks;
    }

    private static Map<String, Double> percentiles(JsonNode percentiles) {
        Map<String, Double> values = new LinkedHashMap<>();
        percentiles.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                values.put(e.getKey(), e.getValue().doubleValue());
            }
        });
        return values;
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
}
