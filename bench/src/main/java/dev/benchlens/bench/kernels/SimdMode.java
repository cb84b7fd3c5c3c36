package dev.benchlens.bench.kernels;

import java.util.Locale;

/** {@code BENCHLENS_SIMD}: whether the Vector API is used where it pays ({@code auto}), always, or never. */
public enum SimdMode {
    AUTO,
    FORCE,
    DISABLE;

    /** The value of {@code BENCHLENS_SIMD}, as artifacts record it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
