package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * How a case's array sits in memory: {@code contiguous} (row-major), {@code transposed} (the transposed view of a
 * row-major array), none for a benchmark that is not about an array, or whatever else a file recorded, kept exactly
 * as written. Compare layouts with {@link #equals}; one read from a file may be another instance.
 */
public record Layout(@JsonValue String label) implements Comparable<Layout> {

    /** A benchmark that is not about an array has no layout. */
    public static final Layout NONE = new Layout("");
    /** Row-major; what a case that states no layout has. */
    public static final Layout CONTIGUOUS = new Layout("contiguous");
    /** The transposed view of a row-major array. */
    public static final Layout TRANSPOSED = new Layout("transposed");

    public Layout {
        Objects.requireNonNull(label, "label");
    }

    /** The layout recorded as {@code label}, the shared constant for a known one; {@code null} for none recorded. */
    @JsonCreator
    public static Layout of(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "" -> NONE;
            case "contiguous" -> CONTIGUOUS;
            case "transposed" -> TRANSPOSED;
            default -> new Layout(label);
        };
    }

    public boolean isNone() {
        return label.isEmpty();
    }

    @Override
    public int compareTo(Layout other) {
        return label.compareTo(other.label);
    }

    @Override
    public String toString() {
        return label;
    }
}
