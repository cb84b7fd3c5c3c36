package dev.benchlens.read.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.JsonErrors;
import dev.benchlens.format.Shape;
import dev.benchlens.read.limits.DocumentLimits;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses JSON as the tools that write results do, bare {@code NaN} and {@code Infinity} tokens included. */
public final class JsonDocuments {

    private JsonDocuments() {}

    /** Parses a whole document; malformed or truncated JSON fails with its line and column. */
    public static JsonNode parse(byte[] content) throws BadInputException {
        return parse(content, LoadLimits.DEFAULTS.document());
    }

    /** Parses a whole document held to {@code limits}, checked while it streams, before the tree is built. */
    public static JsonNode parse(byte[] content, DocumentLimits limits) throws BadInputException {
        try (LimitedParser parser = LimitedParser.over(content, limits)) {
            JsonNode root = ArtifactJson.lenientReader().readTree(parser);
            if (root == null || root instanceof MissingNode) {
                throw new BadInputException("empty file: no JSON in it");
            }
            return root;
        } catch (DocumentLimitException e) {
            throw new BadInputException(e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            String where = JsonErrors.position(e.getLocation());
            throw new BadInputException(
                    "malformed JSON" + (where.isEmpty() ? "" : " at " + where) + ": "
                            + JsonErrors.oneLine(e.getOriginalMessage()),
                    e);
        } catch (IOException e) {
            throw new BadInputException("cannot parse: " + e.getMessage(), e);
        }
    }

    /** Turns a parser into records, e.g. {@link ArtifactJson#fromParser}. */
    @FunctionalInterface
    public interface Binder<T> {
        T bind(JsonParser parser) throws IOException;
    }

    /**
     * Binds a whole document straight into records with {@code binder}, without a tree in between, parsing
     * {@code in} as it arrives and held to {@code limits} as its tokens stream past; closes {@code in}.
     */
    public static <T> T bind(InputStream in, DocumentLimits limits, Binder<T> binder) throws BadInputException {
        try (InputStream stream = in;
                LimitedParser parser = LimitedParser.over(stream, limits)) {
            return binder.bind(parser);
        } catch (IOException e) {
            DocumentLimitException limit = DocumentLimitException.in(e);
            throw new BadInputException(limit != null ? limit.getOriginalMessage() : e.getMessage(), e);
        }
    }

    /**
     * True when the document is an object whose first field is {@code field} with the text {@code value}; reads
     * only that far, and says false for anything malformed.
     */
    public static boolean startsWithField(byte[] content, String field, String value) {
        try (JsonParser parser = ArtifactJson.mapper().getFactory().createParser(content)) {
            return parser.nextToken() == JsonToken.START_OBJECT
                    && parser.nextToken() == JsonToken.FIELD_NAME
                    && field.equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_STRING
                    && value.equals(parser.getText());
        } catch (IOException e) {
            return false;
        }
    }

    /** The number at {@code field}, accepting JMH's {@code "NaN"}, {@code "+INF"} and {@code "-INF"} strings. */
    public static double number(JsonNode node, String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException("missing field '" + field + "'");
        }
        return asNumber(value, field);
    }

    /** Like {@link #number(JsonNode, String)} for a value already looked up; {@code what} names it. */
    public static double asNumber(JsonNode value, String what) throws BadInputException {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            switch (value.textValue()) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "+INF", "INF", "Infinity", "+Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-INF", "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    // not a number's name: reported below
                }
            }
        }
        throw new BadInputException("'" + what + "' should be a number, found " + describe(value));
    }

    /** The text at {@code field}; fails naming the field when it is missing or not text. */
    public static String text(JsonNode node, String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException("missing field '" + field + "'");
        }
        if (!value.isValueNode()) {
            throw new BadInputException("'" + field + "' should be text, found " + describe(value));
        }
        return value.asText();
    }

    /** A short description of what a node is, for messages: {@code an object}, {@code "abc"}, {@code 12}. */
    public static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /**
     * The whole number {@code value}, refused with {@code path} when it is not whole or does not fit in 64 bits
     * (Jackson's {@code asLong()} would silently wrap 99999999999999999999999 to 200376420520689663).
     */
    public static long wholeNumber(JsonNode value, String path) throws BadInputException {
        if (!value.canConvertToExactIntegral()) {
            throw new BadInputException(path + ": expected a whole number, found " + describe(value));
        }
        if (!value.canConvertToLong()) {
            throw new BadInputException(path + ": " + describe(value) + " is out of range: a whole number up to "
                    + String.format(Locale.ROOT, "%,d", Long.MAX_VALUE) + " is expected");
        }
        return value.asLong();
    }

    /** A shape written as a list of sizes ({@code [512, 512]}) or as text ({@code "512x512"}). */
    public static Shape shape(JsonNode node) throws BadInputException {
        if (node == null || node.isNull()) {
            throw new BadInputException("missing field 'shape'");
        }
        List<Long> dims = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                dims.add(wholeNumber(node.get(i), "shape[" + i + "]"));
            }
        } else if (node.isTextual()) {
            dims = ShapeText.dimensions(node.textValue());
        } else {
            throw new BadInputException(
                    "'shape' should be a list of sizes or text like 512x512, found " + JsonDocuments.describe(node));
        }
        try {
            return new Shape(dims);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("'shape' " + brief(node) + " is not a shape: " + e.getMessage(), e);
        }
    }

    /** The node as written, cut to a length that fits in a message. */
    static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
