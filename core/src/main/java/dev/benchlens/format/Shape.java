package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dimensions of an array, outermost first; printed as {@code 512x512}. {@link #NONE}, with no dimensions, is
 * the shape of a measurement that has none (a JMH benchmark without a {@code shape} param), printed as nothing.
 */
public record Shape(@JsonValue List<Long> dims) implements Comparable<Shape> {

    /** No shape at all: what a benchmark that is not about an array is measured on. */
    public static final Shape NONE = new Shape(List.of());

    public Shape {
        dims = List.copyOf(dims);
        long elements = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("a dimension cannot be negative: " + dims);
            }
            if (d != 0 && elements > Long.MAX_VALUE / d) {
                // elements() and the ordering multiply the dimensions out; refuse here rather than fail there
                throw new IllegalArgumentException("too many elements to count: " + dims);
            }
            elements *= d;
        }
    }

    /** Reads a shape as the format stores it: a JSON list of dimensions, like NumPy's {@code shape}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Shape fromJson(List<Long> dims) {
        return new Shape(dims);
    }

    public static Shape of(long... dims) {
        return new Shape(Arrays.stream(dims).boxed().toList());
    }

    /** Parses {@code 512x512}, {@code 512,512} or {@code [512, 512]}. */
    public static Shape parse(String text) {
        String cleaned = text.replaceAll("[\\[\\]()\\s]", "");
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("empty shape");
        }
        try {
            return new Shape(
                    Arrays.stream(cleaned.split("[x×,]")).map(Long::parseLong).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a shape: '" + text + "' (expected e.g. 512x512)");
        }
    }

    public boolean isNone() {
        return dims.isEmpty();
    }

    public long elements() {
        long n = 1;
        for (long d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining("x"));
    }

    /** Orders by element count, then dimension by dimension, so tables read from small to large. */
    @Override
    public int compareTo(Shape other) {
        int byElements = Long.compare(elements(), other.elements());
        if (byElements != 0) {
            return byElements;
        }
        for (int i = 0; i < Math.min(dims.size(), other.dims.size()); i++) {
            int c = Long.compare(dims.get(i), other.dims.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(dims.size(), other.dims.size());
    }
}
