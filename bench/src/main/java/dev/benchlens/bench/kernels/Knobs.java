package dev.benchlens.bench.kernels;

import dev.benchlens.format.SimdMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code BENCHLENS_*} environment that steers {@link AutoKernels} and the BLAS binding.
 *
 * @param simd     {@code BENCHLENS_SIMD}
 * @param blas     {@code BENCHLENS_BLAS}
 * @param threads  threads {@code auto} and OpenBLAS may use ({@code BENCHLENS_THREADS}; unset, the processors this
 *                 JVM may use, which the JVM reads from the container's or runner's cgroup limits and CPU set)
 * @param blasLib  an explicit BLAS library path ({@code BENCHLENS_BLAS_LIB}), or {@code null}
 */
public record Knobs(SimdMode simd, BlasMode blas, int threads, String blasLib) {

    public static final String PREFIX = "BENCHLENS_";

    public Knobs {
        Objects.requireNonNull(simd, "simd");
        Objects.requireNonNull(blas, "blas");
        if (threads < 1) {
            throw new IllegalArgumentException("BENCHLENS_THREADS must be at least 1, got " + threads);
        }
    }

    public static Knobs defaults() {
        return new Knobs(SimdMode.AUTO, BlasMode.AUTO, 1, null);
    }

    public static Knobs fromEnvironment() {
        return from(System.getenv());
    }

    /** The knobs of an environment map on this JVM: unset {@code BENCHLENS_THREADS} means every allowed processor. */
    public static Knobs from(Map<String, String> env) {
        return from(env, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads the knobs from an environment map, with {@code cores} threads when {@code BENCHLENS_THREADS} is unset
     * or blank; a bad value is an {@link IllegalArgumentException} naming it.
     */
    public static Knobs from(Map<String, String> env, int cores) {
        String set = env.get("BENCHLENS_THREADS");
        String threads = set == null || set.isBlank() ? Integer.toString(cores) : set.trim();
        int n;
        try {
            n = Integer.parseInt(threads);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BENCHLENS_THREADS must be a whole number, got '" + threads + "'");
        }
        String lib = env.get("BENCHLENS_BLAS_LIB");
        return new Knobs(
                parsed("BENCHLENS_SIMD", env.get("BENCHLENS_SIMD"), SimdMode.KNOWN, SimdMode::label),
                parsed("BENCHLENS_BLAS", env.get("BENCHLENS_BLAS"), List.of(BlasMode.values()), BlasMode::label),
                n,
                lib == null || lib.isBlank() ? null : lib);
    }

    /** Every {@code BENCHLENS_*} variable in the environment, for the run's metadata. */
    public static Map<String, String> environmentOf(Map<String, String> env) {
        Map<String, String> found = new TreeMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                found.put(k, v);
            }
        });
        return found;
    }

    /** The mode {@code value} names, case-insensitively; unset or blank is the first, {@code auto}. */
    private static <M> M parsed(String variable, String value, List<M> modes, Function<M, String> label) {
        if (value == null || value.isBlank()) {
            return modes.getFirst();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (M mode : modes) {
            if (label.apply(mode).equals(v)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(variable + " must be one of "
                + String.join("|", modes.stream().map(label).toList()) + ", got '" + value + "'");
    }
}
