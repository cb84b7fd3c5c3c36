package dev.benchlens.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.io.IoMessages;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads guard-rail files: a JSON list of {@code {"shape": [512, 512] or "512x512", "dtype", "operation",
 * "max_<impl>_ms": limit, "layout" (optional)}}. One object may limit several implementations.
 */
public final class GuardrailReader {

    private static final Pattern LIMIT_KEY = Pattern.compile("max_(.+)_ms");

    private GuardrailReader() {}

    /** Reads a guard-rail file; a problem with it is one line naming the file. */
    public static List<Guardrail> read(Path file) throws GuardrailFileException {
        byte[] content;
        try {
            content = BoundedFiles.read(file, LoadLimits.DEFAULTS.maxFileBytes());
        } catch (BoundedFiles.RefusedFileException e) {
            throw new GuardrailFileException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GuardrailFileException(file + ": cannot read: " + IoMessages.reason(e), e);
        }
        try {
            return fromTree(JsonDocuments.parse(content));
        } catch (BadInputException e) {
            throw new GuardrailFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** True for a non-empty list whose first element is an object with a {@code max_<impl>_ms} key. */
    public static boolean isGuardrailList(JsonNode root) {
        if (!root.isArray() || root.isEmpty() || !root.get(0).isObject()) {
            return false;
        }
        return root.get(0).properties().stream()
                .anyMatch(e -> LIMIT_KEY.matcher(e.getKey()).matches());
    }

    public static List<Guardrail> fromTree(JsonNode root) throws BadInputException {
        if (!root.isArray()) {
            throw new BadInputException(
                    "a guard-rail file should be a list of limits, found " + JsonDocuments.describe(root));
        }
        List<Guardrail> guardrails = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                guardrails.addAll(limits(root.get(i)));
            } catch (BadInputException e) {
                throw new BadInputException("[" + i + "]: " + e.getMessage(), e);
            }
        }
        return guardrails;
    }

    private static List<Guardrail> limits(JsonNode node) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("should be an object, found " + JsonDocuments.describe(node));
        }
        Shape shape = JsonDocuments.shape(node.get("shape"));
        String dtype = JsonDocuments.text(node, "dtype");
        String operation = JsonDocuments.text(node, "operation");
        JsonNode layoutNode = node.get("layout");
        Layout layout = layoutNode == null || layoutNode.isNull() ? null : Layout.of(layoutNode.asText());
        List<Guardrail> limits = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Matcher matcher = LIMIT_KEY.matcher(field.getKey());
            if (matcher.matches()) {
                double max = JsonDocuments.asNumber(field.getValue(), field.getKey());
                if (!(Double.isFinite(max) && max > 0)) {
                    throw new BadInputException("'" + field.getKey() + "' should be a positive number of"
                            + " milliseconds, found " + field.getValue());
                }
                limits.add(new Guardrail(shape, dtype, layout, operation, matcher.group(1), max));
            }
        }
        if (limits.isEmpty()) {
            throw new BadInputException("no 'max_<implementation>_ms' limit");
        }
        return limits;
    }

    /** A guard-rail file that cannot be used; the message is one line naming the file. */
    public static final class GuardrailFileException extends Exception {
        public GuardrailFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
