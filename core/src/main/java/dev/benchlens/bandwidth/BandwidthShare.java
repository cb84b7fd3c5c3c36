package dev.benchlens.bandwidth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import java.util.Locale;

/**
 * How close one measured call came to its own run's memory bandwidth: the bytes it moved at least per second, and
 * the probe of the same run it is divided by ({@link BandwidthProbe#boundFor}). The probe runs on one core, so a
 * kernel on several threads, or one whose data fits a cache level the probe's does not, can exceed 100%.
 */
public record BandwidthShare(double gbps, double probeGbps) {

    /** The share of {@code seconds} per call of {@code operation} on {@code shape} x {@code dtype}; null if unknown. */
    public static BandwidthShare of(RunMetadata metadata, Shape shape, String dtype, String operation, double seconds) {
        if (metadata == null || !(seconds > 0) || shape.dims().isEmpty()) {
            return null;
        }
        Traffic traffic = Traffic.of(operation, dtype, shape.elements());
        if (traffic == null) {
            return null;
        }
        Double bound = BandwidthProbe.boundFor(metadata.extra(), traffic.writes(), traffic.bytes());
        return bound == null ? null : new BandwidthShare(traffic.bytes() / seconds / 1e9, bound);
    }

    /** GB/s over the probe's GB/s. */
    @JsonProperty("share")
    public double share() {
        return gbps / probeGbps;
    }

    /** E.g. {@code 92% (41.2 GB/s)}. */
    public String text() {
        return percent() + " (" + gbpsText() + " GB/s)";
    }

    /** The share in whole percent, e.g. {@code 92%}. */
    public String percent() {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share());
    }

    /** GB/s to three significant figures at most, e.g. {@code 41.2} or {@code 160}. */
    public String gbpsText() {
        return String.format(Locale.ROOT, gbps >= 100 ? "%.0f" : "%.1f", gbps);
    }
}
