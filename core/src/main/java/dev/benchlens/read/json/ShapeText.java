package dev.benchlens.read.json;

import dev.benchlens.read.limits.DocumentLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a shape written as text ({@code 512x512}, {@code 512,512}, {@code [512, 512]}), refusing what will not fit. */
final class ShapeText {

    private ShapeText() {}

    static List<Long> dimensions(String text) throws BadInputException {
        String cleaned = text.replaceAll("[\\[\\]()\\s]", "");
        String quoted = "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
        if (cleaned.isEmpty()) {
            throw new BadInputException("'shape' is empty (expected e.g. 512x512)");
        }
        String[] parts = cleaned.split("[x×,]", -1);
        if (parts.length > DocumentLimits.MAX_DIMENSIONS) {
            throw new BadInputException("'shape' " + quoted + " has more than " + DocumentLimits.MAX_DIMENSIONS
                    + " dimensions; at most " + DocumentLimits.MAX_DIMENSIONS + " are read");
        }
        List<Long> dims = new ArrayList<>();
        for (String part : parts) {
            try {
                dims.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw new BadInputException(
                        "'shape' " + quoted
                                + (part.matches("-?\\d+")
                                        ? ": dimension " + (dims.size() + 1) + " is out of range (a whole number up to "
                                                + String.format(Locale.ROOT, "%,d", Long.MAX_VALUE) + " is expected)"
                                        : " is not a shape (expected e.g. 512x512)"),
                        e);
            }
        }
        return dims;
    }
}
