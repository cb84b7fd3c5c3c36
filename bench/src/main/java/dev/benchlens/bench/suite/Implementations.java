package dev.benchlens.bench.suite;

import dev.benchlens.bench.blas.BlasKernels;
import dev.benchlens.bench.blas.OpenBlas;
import dev.benchlens.bench.kernels.AutoKernels;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.Kernels;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.ScalarKernels;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.bench.peers.EjmlKernels;

import java.util.List;
import java.util.Optional;

/** The in-JVM implementations by name, created fresh so that each benchmark fork owns its caches. */
public final class Implementations {

    public static final String SCALAR = "scalar";
    public static final String SIMD = "simd";
    public static final String BLAS = "blas";
    public static final String AUTO = "auto";
    public static final String EJML = "ejml";
    /** Measured outside JMH by a Python process, see {@code NumpyPeer}. */
    public static final String NUMPY = "numpy";

    public static final List<String> IN_JVM = List.of(SCALAR, SIMD, BLAS, AUTO, EJML);
    public static final List<String> ALL = List.of(SCALAR, SIMD, BLAS, AUTO, EJML, NUMPY);

    private Implementations() {
    }

    /** The kernels named {@code name}, or empty with {@link #unavailableReason} when they cannot run here. */
    public static Optional<Kernels> create(String name, Knobs knobs) {
        return switch (name) {
            case SCALAR -> Optional.of(new ScalarKernels());
            case SIMD -> Optional.of(new SimdKernels());
            case BLAS -> OpenBlas.load(knobs.blasLib(), knobs.threads()).binding().map(BlasKernels::new);
            case AUTO -> Optional.of(new AutoKernels(knobs, knobs.blas().equals("off") ? Optional.empty()
                    : OpenBlas.load(knobs.blasLib(), knobs.threads()).binding().map(BlasKernels::new)));
            case EJML -> Optional.of(new EjmlKernels());
            default -> throw new IllegalArgumentException("unknown implementation '" + name + "' (expected one of "
                    + ALL + ")");
        };
    }

    /** Why {@code name} cannot run here, in one line; empty when it can. */
    public static Optional<String> unavailableReason(String name, Knobs knobs) {
        if (name.equals(BLAS)) {
            return Optional.ofNullable(OpenBlas.load(knobs.blasLib(), knobs.threads()).unavailableReason());
        }
        return Optional.empty();
    }

    /**
     * Why {@code name} does not apply to {@code dtype}, in one line; empty when it does. BLAS and EJML have no
     * integer kernels, so their int32 cases are left out of a run with this line as its warning.
     */
    public static Optional<String> notApplicableReason(String name, DType dtype) {
        if (dtype == DType.INT32 && (name.equals(BLAS) || name.equals(EJML))) {
            return Optional.of(name + " not applicable to int32: " + (name.equals(BLAS) ? "OpenBLAS" : "EJML")
                    + " has no integer kernels; its int32 cases are left out");
        }
        return Optional.empty();
    }

    /** The implementation a {@code BENCHLENS_SIMD} mode stands for: the candidate of a baseline run. */
    public static String candidateFor(String simdMode) {
        return switch (simdMode) {
            case "force" -> SIMD;
            case "disable" -> SCALAR;
            default -> AUTO;
        };
    }
}
