package dev.benchlens.format;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The time one implementation took for one operation on one case, as time per operation.
 *
 * <p>Every reader converts to time per operation (JMH throughput scores are inverted), so that lower is
 * always better once a measurement exists. {@code samples} may be unknown ({@code null}) when the source does
 * not store its repeat count, as with the upstream Python script.
 *
 * <p>There is no interval field: the statistics compute every interval they show from {@code samples},
 * {@code stddev} and {@code raw}, so a producer's own interval (JMH's is a 99.9% one) can never disagree with
 * them. The {@code ci95} that artifacts written before this had is ignored when read.
 *
 * @param unit  {@code s}, {@code ms}, {@code us} or {@code ns} per operation
 * @param raw   every sample in {@code unit}; empty when the source kept none
 */
@JsonDeserialize(using = MeasurementDeserializer.class)
public record Measurement(
        String implementation,
        String unit,
        Integer samples,
        double mean,
        Double median,
        Double min,
        Double stddev,
        List<Double> raw) {

    public Measurement {
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(unit, "unit");
        TimeUnits.secondsPer(unit); // rejects unknown units early
        raw = raw == null ? DoubleList.of() : DoubleList.copyOf(raw);
    }

    /**
     * A measurement of the samples {@code raw}, in {@code unit}: their count, median, minimum and sample standard
     * deviation (n - 1; unknown for one sample), with {@code mean} as the producer states it (JMH's score).
     */
    public static Measurement ofSamples(String implementation, String unit, double mean, List<Double> raw) {
        double[] sorted = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Measurement(implementation, unit, null, mean, null, null, null, List.of());
        }
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Measurement(
                implementation,
                unit,
                sorted.length,
                mean,
                median,
                sorted[0],
                sorted.length > 1 ? sampleStddev(sorted) : null,
                raw);
    }

    /** {@link #ofSamples(String, String, double, List)} with the samples' own mean. */
    public static Measurement ofSamples(String implementation, String unit, List<Double> raw) {
        return ofSamples(
                implementation,
                unit,
                raw.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                raw);
    }

    private static double sampleStddev(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }

    public double meanSeconds() {
        return mean * TimeUnits.secondsPer(unit);
    }

    public double[] rawSeconds() {
        // The constructor stores every raw list as a DoubleList.
        return ((DoubleList) raw).times(TimeUnits.secondsPer(unit));
    }

    /** Standard deviation in seconds, or NaN when unknown. */
    public double stddevSeconds() {
        return stddev == null ? Double.NaN : stddev * TimeUnits.secondsPer(unit);
    }

    @Override
    public String toString() {
        return implementation + "=" + mean + unit + (raw.isEmpty() ? "" : " " + Arrays.toString(raw.toArray()));
    }
}
