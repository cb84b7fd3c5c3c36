package dev.benchlens.bench.implementations;

import dev.benchlens.bench.blas.BlasKernels;
import dev.benchlens.bench.blas.OpenBlas;
import dev.benchlens.bench.kernels.AutoKernels;
import dev.benchlens.bench.kernels.BlasMode;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.Kernels;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.ScalarKernels;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.bench.peers.EjmlKernels;
import dev.benchlens.format.SimdMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the suite can measure: the in-JVM kernels, created fresh so that each benchmark fork owns its caches. */
public enum Implementation {
    SCALAR,
    SIMD,
    BLAS,
    AUTO,
    EJML,
    /** Measured outside JMH by a Python process, see {@code NumpyPeer}. */
    NUMPY;

    /** The name artifacts, benchmark parameters and the command line use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** True for the kernels JMH measures in this JVM; false for the NumPy peer. */
    public boolean inJvm() {
        return this != NUMPY;
    }

    /** BLAS and EJML have no integer kernels. */
    public boolean appliesTo(DType dtype) {
        return dtype != DType.INT32 || (this != BLAS && this != EJML);
    }

    /** The in-JVM implementations, in order. */
    public static List<Implementation> inJvmValues() {
        return Arrays.stream(values()).filter(Implementation::inJvm).toList();
    }

    /** The implementation a {@code BENCHLENS_SIMD} mode stands for: the candidate of a baseline run. */
    public static Implementation candidateFor(SimdMode mode) {
        return parse(mode.candidate());
    }

    /** The implementation named {@code text}, case-insensitively; an {@link IllegalArgumentException} otherwise. */
    public static Implementation parse(String text) {
        for (Implementation impl : values()) {
            if (impl.label().equalsIgnoreCase(text.trim())) {
                return impl;
            }
        }
        throw new IllegalArgumentException(
                "unknown implementation '" + text + "' (expected one of " + Arrays.toString(values()) + ")");
    }

    /** The kernels, or empty with {@link #unavailableReason} when they cannot run here; NumPy has none here. */
    public Optional<Kernels> create(Knobs knobs) {
        return switch (this) {
            case SCALAR -> Optional.of(new ScalarKernels());
            case SIMD -> Optional.of(new SimdKernels());
            case BLAS -> blas(knobs);
            case AUTO ->
                Optional.of(new AutoKernels(knobs, knobs.blas() == BlasMode.OFF ? Optional.empty() : blas(knobs)));
            case EJML -> Optional.of(new EjmlKernels());
            case NUMPY -> throw new IllegalArgumentException("numpy is measured by the NumPy peer, not in the JVM");
        };
    }

    private static Optional<Kernels> blas(Knobs knobs) {
        return OpenBlas.load(knobs.blasLib(), knobs.threads()).binding().map(BlasKernels::new);
    }

    /** Why this implementation cannot run here, in one line; empty when it can. */
    public Optional<String> unavailableReason(Knobs knobs) {
        if (this == BLAS) {
            return Optional.ofNullable(
                    OpenBlas.load(knobs.blasLib(), knobs.threads()).unavailableReason());
        }
        return Optional.empty();
    }

    /**
     * Why this implementation does not apply to {@code dtype}, in one line; empty when it does. A run leaves such
     * cases out with this line as its warning.
     */
    public Optional<String> notApplicableReason(DType dtype) {
        if (appliesTo(dtype)) {
            return Optional.empty();
        }
        return Optional.of(label() + " not applicable to " + dtype.label() + ": " + (this == BLAS ? "OpenBLAS" : "EJML")
                + " has no integer kernels; its " + dtype.label() + " cases are left out");
    }
}
