package dev.benchlens.format;

import java.util.List;
import java.util.Objects;

/**
 * An input the kernels ran on: its shape, element type and memory layout, and the operations measured on it. A
 * benchmark not about an array has {@link Shape#NONE}, an empty dtype and an empty layout.
 */
public record Case(Shape shape, String dtype, Layout layout, List<Operation> operations) {

    public Case {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        layout = layoutOf(shape, dtype, layout);
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
    }

    /**
     * The layout a case of {@code shape} and {@code dtype} has when its producer wrote {@code layout}: unstated is
     * {@link Layout#CONTIGUOUS}, or {@link Layout#NONE} for a benchmark that is not about an array.
     */
    public static Layout layoutOf(Shape shape, String dtype, Layout layout) {
        return layout == null || layout.label().isBlank()
                ? (shape.isNone() && dtype.isEmpty() ? Layout.NONE : Layout.CONTIGUOUS)
                : layout;
    }
}
