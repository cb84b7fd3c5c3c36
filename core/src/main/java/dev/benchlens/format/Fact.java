package dev.benchlens.format;

import java.util.Objects;

/**
 * One thing known about where a run was made, with where it was learnt, e.g. {@code arch = aarch64} because
 * {@code numpy config: Machine Information, host cpu}.
 */
public record Fact(String label, String value, String reason) {

    /** The labels facts about a run's host and setup are known by. */
    public static final String ARCH = "arch";

    public static final String OS = "os";
    public static final String CPU = "cpu";
    public static final String CORES = "cores";
    public static final String THREADS = "threads";
    public static final String SIMD_MODE = "SIMD mode";
    public static final String NUMPY = "NumPy";
    public static final String NUMPY_BLAS = "NumPy BLAS";
    public static final String NUMPY_BLAS_CORE = "NumPy BLAS core";
    public static final String NUMPY_SIMD = "NumPy SIMD";
    public static final String NUMPY_SIMD_MISSING = "NumPy SIMD not found";
    public static final String BLAS = "BLAS";
    public static final String RUNNER = "runner";
    public static final String CPU_LIMIT = "container CPU limit";
    public static final String STARTED = "started";

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return label + ": " + value + " (" + reason + ")";
    }
}
