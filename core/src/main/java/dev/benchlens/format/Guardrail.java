package dev.benchlens.format;

import java.util.Objects;

/**
 * A limit a run must stay under: the named implementation may take at most {@code maxMillis} milliseconds per
 * operation on the case. Read from a guard-rail file ({@code {"shape", "dtype", "operation", "max_<impl>_ms"}}).
 *
 * @param layout the case's layout; {@code null} matches every layout
 */
public record Guardrail(
        Shape shape, String dtype, Layout layout, String operation, String implementation, double maxMillis) {

    public Guardrail {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(implementation, "implementation");
    }
}
