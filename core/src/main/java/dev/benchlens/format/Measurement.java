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
 * @param unit  {@code s}, {@code ms}, {@code us} or {@code ns} per operation
 * @param ci95  the 95% confidence interval of the mean, in {@code unit}; {@code null} when unknown
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
        Interval ci95,
        List<Double> raw) {

    public Measurement {
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(unit, "unit");
        TimeUnits.secondsPer(unit); // rejects unknown units early
        raw = raw == null ? DoubleList.of() : DoubleList.copyOf(raw);
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
