package dev.benchlens.read.jmh;

import java.util.List;
import java.util.Map;

/**
 * One benchmark's primary result as JMH gives it, whether read from its {@code -rf json} file or taken from a run
 * in this JVM: the common ground from which {@link JmhConversion} makes the key and the measurement.
 *
 * @param benchmark      the benchmark's full name, {@code org.acme.Bench.sum}
 * @param params         its {@code @Param} values by name
 * @param scoreUnit      JMH's unit, such as {@code us/op} or {@code ops/ms}
 * @param score          JMH's score in {@code scoreUnit}
 * @param rawData        per fork, the score of each measured iteration in {@code scoreUnit}; empty when JMH kept
 *                       none (sample mode keeps a histogram instead)
 * @param histogramCount sample mode: how many samples the histogram holds; {@code null} when unknown
 * @param percentiles    sample mode: JMH's score percentiles by name ({@code 0.0}, {@code 50.0}, {@code 100.0})
 */
public record JmhResult(
        String benchmark,
        Map<String, String> params,
        String scoreUnit,
        double score,
        List<List<Double>> rawData,
        Integer histogramCount,
        Map<String, Double> percentiles) {

    public JmhResult {
        params = Map.copyOf(params);
        rawData = rawData.stream().map(List::copyOf).toList();
        percentiles = Map.copyOf(percentiles);
    }

    /** A result with raw iteration scores, as every mode but sample mode gives it. */
    public static JmhResult of(
            String benchmark, Map<String, String> params, String scoreUnit, double score, List<List<Double>> rawData) {
        return new JmhResult(benchmark, params, scoreUnit, score, rawData, null, Map.of());
    }
}
