package dev.benchlens.bench.kernels;

import java.util.Locale;

/** {@code BENCHLENS_BLAS}: whether {@code auto} calls OpenBLAS ({@code on}) or not ({@code auto}, {@code off}). */
public enum BlasMode {
    AUTO,
    ON,
    OFF;

    /** The value of {@code BENCHLENS_BLAS}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
