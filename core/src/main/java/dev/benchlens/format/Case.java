package dev.benchlens.format;

import java.util.List;
import java.util.Objects;

/**
 * An input the kernels ran on: its shape, element type and memory layout, and the operations measured on it. A
 * benchmark not about an array has {@link Shape#NONE}, an empty dtype and an empty layout.
 */
public record Case(Shape shape, String dtype, String layout, List<Operation> operations) {

    public static final String CONTIGUOUS = "contiguous";

    public Case {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        layout = layout == null || layout.isBlank() ? (shape.isNone() && dtype.isEmpty() ? "" : CONTIGUOUS) : layout;
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
    }
}
