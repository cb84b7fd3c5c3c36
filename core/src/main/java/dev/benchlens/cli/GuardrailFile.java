package dev.benchlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Shape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stop-gap guard-rail reader for {@code check}: a JSON list of {@code {"shape", "dtype", "operation",
 * "max_<impl>_ms"}} objects. TODO replace with dev.benchlens.read.GuardrailReader.read(Path) when the readers
 * branch is merged.
 */
final class GuardrailFile {

    private static final Pattern LIMIT = Pattern.compile("max_(.+)_ms");

    private GuardrailFile() {
    }

    static List<Guardrail> read(Path file) {
        JsonNode root;
        try {
            root = ArtifactJson.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserError(file + (at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new UserError(file + ": expected a JSON list of guard-rails");
        }
        List<Guardrail> rails = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String where = file + ": guard-rail " + (i + 1) + ": ";
            String dtype = text(item, "dtype", where);
            String operation = text(item, "operation", where);
            String layout = item.hasNonNull("layout") ? item.get("layout").asText() : null;
            Shape shape = shape(item.get("shape"), where);
            int before = rails.size();
            for (Map.Entry<String, JsonNode> field : item.properties()) {
                Matcher m = LIMIT.matcher(field.getKey());
                if (m.matches()) {
                    if (!field.getValue().isNumber() || field.getValue().asDouble() <= 0) {
                        throw new UserError(where + field.getKey() + " must be a positive number of milliseconds");
                    }
                    rails.add(new Guardrail(shape, dtype, layout, operation, m.group(1), field.getValue().asDouble()));
                }
            }
            if (rails.size() == before) {
                throw new UserError(where + "no limit given (expected a field like max_simd_ms)");
            }
        }
        return rails;
    }

    private static String text(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual()) {
            throw new UserError(where + "missing text field '" + field + "'");
        }
        return value.asText();
    }

    private static Shape shape(JsonNode node, String where) {
        try {
            if (node != null && node.isArray()) {
                List<Long> dims = new ArrayList<>();
                node.forEach(d -> dims.add(d.asLong()));
                return new Shape(dims);
            }
            if (node != null && node.isTextual()) {
                return Shape.parse(node.asText());
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(where + e.getMessage());
        }
        throw new UserError(where + "missing field 'shape' (e.g. [512, 512] or \"512x512\")");
    }
}
