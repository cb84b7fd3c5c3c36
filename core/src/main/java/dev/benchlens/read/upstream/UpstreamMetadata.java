package dev.benchlens.read.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.SimdMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The upstream script's {@code metadata} object, and its {@code <name>.metadata.json} sidecar which has the same
 * keys: {@code simd_mode} and {@code env} have fields of their own, {@code timestamp} (epoch seconds) becomes the
 * start time, {@code source} the source label, and every other key is kept in {@code extra}.
 */
public final class UpstreamMetadata {

    private static final String SOURCE = "source";
    private static final String SIMD_MODE = "simd_mode";
    private static final String ENV = "env";
    private static final String TIMESTAMP = "timestamp";
    private static final Set<String> SIDECAR_MARKERS = Set.of(SIMD_MODE, ENV, TIMESTAMP, "numpy_version");

    private UpstreamMetadata() {}

    /** True for a metadata sidecar: an object with metadata keys and neither {@code cases} nor {@code format}. */
    public static boolean isSidecar(JsonNode root) {
        if (!root.isObject() || root.has("cases") || root.has("format")) {
            return false;
        }
        return SIDECAR_MARKERS.stream().anyMatch(root::has);
    }

    /** The metadata these keys describe; anything unusable is noted in {@code warnings}. */
    public static RunMetadata toMetadata(JsonNode keys, List<String> warnings) {
        RunSource source = null;
        SimdMode simdMode = null;
        Map<String, String> env = new HashMap<>();
        Instant startedAt = null;
        Map<String, String> extra = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : keys.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case SOURCE -> source = RunSource.of(text(value));
                case SIMD_MODE -> simdMode = SimdMode.of(text(value));
                case ENV -> {
                    if (value.isObject()) {
                        value.properties().forEach(e -> env.put(e.getKey(), text(e.getValue())));
                    } else if (!value.isNull()) {
                        warnings.add(
                                "metadata env should be an object of variables, found " + value + "; kept as text");
                        extra.put(ENV, text(value));
                    }
                }
                case TIMESTAMP -> {
                    startedAt = instant(value);
                    if (startedAt == null && !value.isNull()) {
                        warnings.add("metadata timestamp " + value + " is neither epoch seconds nor an ISO time;"
                                + " kept as text");
                        extra.put(TIMESTAMP, text(value));
                    }
                }
                default -> extra.put(field.getKey(), text(value));
            }
        }
        return new RunMetadata(
                source, simdMode, null, null, null, null, null, env, null, null, startedAt, null, null, extra);
    }

    /**
     * Adds what a sidecar says to a run's metadata. The run's own values win; every disagreement is reported in
     * {@code warnings} so that nothing is silently overridden.
     */
    public static RunMetadata merge(RunMetadata base, JsonNode sidecar, String sidecarName, List<String> warnings) {
        RunMetadata side = toMetadata(sidecar, warnings);
        Merger merger = new Merger(sidecarName, warnings);
        RunSource source = base.source().isUnknown()
                ? side.source()
                : merger.pick("source", base.source(), side.source().isUnknown() ? null : side.source());
        return new RunMetadata(
                source,
                merger.pick(SIMD_MODE, base.simdMode(), side.simdMode()),
                base.host(),
                base.container(),
                base.jvm(),
                base.vectorBits(),
                base.blas(),
                merger.union(ENV, base.env(), side.env()),
                base.git(),
                base.ci(),
                merger.pick(TIMESTAMP, base.startedAt(), side.startedAt()),
                base.endedAt(),
                base.harness(),
                merger.union("extra", base.extra(), side.extra()));
    }

    private record Merger(String sidecarName, List<String> warnings) {

        <T> T pick(String key, T own, T sidecar) {
            if (own != null && sidecar != null && !own.equals(sidecar)) {
                warnings.add(sidecarName + " says " + key + "=" + sidecar + " but the run says " + own
                        + "; kept the run's value");
            }
            return own != null ? own : sidecar;
        }

        Map<String, String> union(String what, Map<String, String> own, Map<String, String> sidecar) {
            Map<String, String> all = new HashMap<>(sidecar);
            own.forEach((key, value) -> {
                String other = all.put(key, value);
                if (other != null && !Objects.equals(other, value)) {
                    warnings.add(sidecarName + " says " + what + "." + key + "=" + other + " but the run says " + value
                            + "; kept the run's value");
                }
            });
            return all;
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static Instant instant(JsonNode value) {
        if (value.isNumber() && Double.isFinite(value.doubleValue())) {
            double seconds = value.doubleValue();
            long whole = (long) Math.floor(seconds);
            return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.textValue());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
