package dev.benchlens.read.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.format.Speedup;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the upstream Python comparison script's output: {@code metadata} and {@code cases}, each operation holding
 * {@code <impl>_mean_s} and {@code <impl>_std_s} times in seconds and a {@code speedup} of numpy over the other
 * implementation. Implementation names are kept as written ({@code numpy}, {@code raptors}).
 */
public final class UpstreamReader {

    /** The warning every upstream run carries, because the script does not store its repeat count. */
    public static final String UNKNOWN_SAMPLES_WARNING = "the upstream format does not store how many timed repeats"
            + " each mean came from: sample counts are unknown, and statistics that need one use an assumed n";

    static final String REFERENCE = "numpy";
    private static final String MEAN_SUFFIX = "_mean_s";
    private static final String STD_SUFFIX = "_std_s";

    private UpstreamReader() {}

    /** True for an object with a {@code cases} list and no {@code format} header. */
    public static boolean isUpstream(JsonNode root) {
        return root.isObject() && !root.has("format") && root.has("cases");
    }

    public static Run read(JsonNode root, String origin) throws BadInputException {
        List<String> warnings = new ArrayList<>();
        warnings.add(UNKNOWN_SAMPLES_WARNING);
        JsonNode metadataNode = root.path("metadata");
        RunMetadata metadata = metadataNode.isObject()
                ? UpstreamMetadata.toMetadata(metadataNode, warnings)
                : RunMetadata.ofSource(null);
        JsonNode casesNode = list(root, "cases");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < casesNode.size(); i++) {
            cases.add(readCase(casesNode.get(i), "cases[" + i + "]", warnings));
        }
        if (cases.isEmpty()) {
            warnings.add("the file holds no cases");
        }
        return new Run(origin, metadata, cases, warnings);
    }

    private static Case readCase(JsonNode node, String where, List<String> warnings) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException(where + " should be an object, found " + JsonDocuments.describe(node));
        }
        Shape shape = at(where, () -> JsonDocuments.shape(node.get("shape")));
        String dtype = at(where, () -> JsonDocuments.text(node, "dtype"));
        JsonNode opsNode = at(where, () -> list(node, "operations"));
        JsonNode elements = node.get("elements");
        if (elements != null && elements.canConvertToLong() && elements.asLong() != shape.elements()) {
            warnings.add(where + ": elements " + elements.asLong() + " does not match shape " + shape);
        }
        List<Operation> operations = new ArrayList<>();
        for (int j = 0; j < opsNode.size(); j++) {
            String opWhere = where + ".operations[" + j + "]";
            Operation op = readOperation(opsNode.get(j), opWhere, warnings);
            if (op.measurements().isEmpty()) {
                warnings.add(opWhere + " (" + op.name() + "): no '<implementation>" + MEAN_SUFFIX
                        + "' time; operation dropped");
            } else {
                operations.add(op);
            }
        }
        JsonNode layout = node.get("layout");
        return new Case(
                shape, dtype, layout == null || layout.isNull() ? null : Layout.of(layout.asText()), operations);
    }

    private static Operation readOperation(JsonNode node, String where, List<String> warnings)
            throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException(where + " should be an object, found " + JsonDocuments.describe(node));
        }
        String name = at(where, () -> JsonDocuments.text(node, "name"));
        List<Measurement> measurements = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.endsWith(MEAN_SUFFIX) && key.length() > MEAN_SUFFIX.length()) {
                String implementation = key.substring(0, key.length() - MEAN_SUFFIX.length());
                double mean = number(field.getValue(), where, key);
                JsonNode stdNode = node.get(implementation + STD_SUFFIX);
                Double std = stdNode == null || stdNode.isNull()
                        ? null
                        : number(stdNode, where, implementation + STD_SUFFIX);
                if (std != null && !(Double.isFinite(std) && std >= 0)) {
                    warnings.add(where + " (" + name + "): " + implementation + STD_SUFFIX + " is " + std
                            + "; standard deviation treated as unknown");
                    std = null;
                }
                measurements.add(new Measurement(implementation, "s", null, mean, null, null, std, List.of()));
            }
        }
        JsonNode description = node.get("description");
        return new Operation(
                name,
                description == null || description.isNull() ? "" : description.asText(),
                measurements,
                speedup(node, name, where, measurements, warnings));
    }

    private static Speedup speedup(
            JsonNode node, String name, String where, List<Measurement> measurements, List<String> warnings)
            throws BadInputException {
        JsonNode value = node.get("speedup");
        if (value == null || value.isNull()) {
            return null;
        }
        double speedup = number(value, where, "speedup");
        List<String> candidates = measurements.stream()
                .map(Measurement::implementation)
                .filter(impl -> !impl.equals(REFERENCE))
                .toList();
        boolean hasReference =
                measurements.stream().anyMatch(m -> m.implementation().equals(REFERENCE));
        if (!hasReference || candidates.size() != 1) {
            warnings.add(where + " (" + name + "): speedup ignored, it cannot be told which implementations it"
                    + " compares (expected numpy and one other)");
            return null;
        }
        if (!(Double.isFinite(speedup) && speedup > 0)) {
            warnings.add(where + " (" + name + "): speedup is " + speedup + "; ignored");
            return null;
        }
        return new Speedup(REFERENCE, candidates.getFirst(), speedup);
    }

    private static double number(JsonNode value, String where, String field) throws BadInputException {
        return at(where, () -> JsonDocuments.asNumber(value, field));
    }

    private static JsonNode list(JsonNode node, String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException("missing field '" + field + "'");
        }
        if (!value.isArray()) {
            throw new BadInputException("'" + field + "' should be a list, found " + JsonDocuments.describe(value));
        }
        return value;
    }

    /** Reads one part of the document, saying where it is when it fails. */
    private static <T> T at(String where, Part<T> part) throws BadInputException {
        try {
            return part.read();
        } catch (BadInputException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
    }

    private interface Part<T> {
        T read() throws BadInputException;
    }
}
