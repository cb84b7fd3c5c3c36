package dev.benchlens.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one line a user can act on: where in the file, and what was wrong. */
public final class JsonErrors {

    private JsonErrors() {}

    /**
     * Describes {@code e} on a single line as {@code line L, column C: message}, adding the field path
     * ({@code line 2, column 44 (at cases[0]): message}) when the error came from binding, and giving only the
     * path when there is no position (binding an already parsed tree).
     */
    public static String describe(JsonProcessingException e) {
        String where = position(e.getLocation());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where = where.isEmpty() ? "at " + path(mapping) : where + " (at " + path(mapping) + ")";
        }
        String what = oneLine(e.getOriginalMessage());
        return where.isEmpty() ? what : where + ": " + what;
    }

    /** {@code line L, column C}, or an empty string when Jackson knows no position. */
    public static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Jackson's messages carry source descriptions and hints on further lines; keep the first statement, in words. */
    public static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        // The start marker says where an unclosed object began: worth keeping, in words, before the source goes.
        String translated = JacksonWords.translate(first);
        return translated
                .replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*at \\[Source:.*$", "")
                // "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)" -> "(1000)"
                .replaceAll(", from `[^`]*`", "")
                .strip();
    }
}
