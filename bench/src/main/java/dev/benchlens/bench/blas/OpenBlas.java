package dev.benchlens.bench.blas;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few CBLAS and OpenBLAS entry points the {@code blas} kernels call, bound through {@code java.lang.foreign}.
 *
 * <p>Every symbol is looked up before anything is bound or called, so a library that is not OpenBLAS is reported
 * rather than crashing the JVM. Array arguments are heap segments passed with {@link Linker.Option#critical}
 * {@code (true)}: the native code reads the Java array in place, with no copy and no per-call arena. Assumes the
 * usual 32-bit {@code blasint} (Debian's {@code libopenblas0-*}, not the {@code 64} variants).
 */
// Binding native code is this class's job, so javac's notes on restricted FFM methods say nothing new; every JVM
// that runs it is started with --enable-native-access=ALL-UNNAMED (./benchlens, surefire, JvmFlags for JMH forks).
@SuppressWarnings("restricted")
public final class OpenBlas {

    public static final String DEFAULT_LIBRARY = "libopenblas.so.0";
    static final int ROW_MAJOR = 101;
    static final int NO_TRANS = 111;
    static final int TRANS = 112;

    private static final List<String> SYMBOLS = List.of(
            "cblas_sgemv",
            "cblas_dgemv",
            "cblas_sdot",
            "cblas_ddot",
            "cblas_sger",
            "cblas_dger",
            "cblas_sscal",
            "cblas_dscal",
            "cblas_scopy",
            "cblas_dcopy",
            "openblas_set_num_threads",
            "openblas_get_num_threads",
            "openblas_get_config");

    final MethodHandle sgemv;
    final MethodHandle dgemv;
    final MethodHandle sdot;
    final MethodHandle ddot;
    final MethodHandle sger;
    final MethodHandle dger;
    final MethodHandle sscal;
    final MethodHandle dscal;
    final MethodHandle scopy;
    final MethodHandle dcopy;
    private final MethodHandle setNumThreads;
    private final MethodHandle getNumThreads;
    private final MethodHandle getConfig;
    private final String library;

    private OpenBlas(SymbolLookup lookup, String library) {
        this.library = library;
        Linker linker = Linker.nativeLinker();
        Linker.Option critical = Linker.Option.critical(true);
        FunctionDescriptor gemvS = FunctionDescriptor.ofVoid(
                JAVA_INT,
                JAVA_INT,
                JAVA_INT,
                JAVA_INT,
                JAVA_FLOAT,
                ADDRESS,
                JAVA_INT,
                ADDRESS,
                JAVA_INT,
                JAVA_FLOAT,
                ADDRESS,
                JAVA_INT);
        FunctionDescriptor gemvD = FunctionDescriptor.ofVoid(
                JAVA_INT,
                JAVA_INT,
                JAVA_INT,
                JAVA_INT,
                JAVA_DOUBLE,
                ADDRESS,
                JAVA_INT,
                ADDRESS,
                JAVA_INT,
                JAVA_DOUBLE,
                ADDRESS,
                JAVA_INT);
        FunctionDescriptor gerS = FunctionDescriptor.ofVoid(
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        FunctionDescriptor gerD = FunctionDescriptor.ofVoid(
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        FunctionDescriptor copy = FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
        sgemv = bind(linker, lookup, "cblas_sgemv", gemvS, critical);
        dgemv = bind(linker, lookup, "cblas_dgemv", gemvD, critical);
        sdot = bind(
                linker,
                lookup,
                "cblas_sdot",
                FunctionDescriptor.of(JAVA_FLOAT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT),
                critical);
        ddot = bind(
                linker,
                lookup,
                "cblas_ddot",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT),
                critical);
        sger = bind(linker, lookup, "cblas_sger", gerS, critical);
        dger = bind(linker, lookup, "cblas_dger", gerD, critical);
        sscal = bind(
                linker,
                lookup,
                "cblas_sscal",
                FunctionDescriptor.ofVoid(JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT),
                critical);
        dscal = bind(
                linker,
                lookup,
                "cblas_dscal",
                FunctionDescriptor.ofVoid(JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT),
                critical);
        scopy = bind(linker, lookup, "cblas_scopy", copy, critical);
        dcopy = bind(linker, lookup, "cblas_dcopy", copy, critical);
        setNumThreads = linker.downcallHandle(
                lookup.findOrThrow("openblas_set_num_threads"), FunctionDescriptor.ofVoid(JAVA_INT));
        getNumThreads =
                linker.downcallHandle(lookup.findOrThrow("openblas_get_num_threads"), FunctionDescriptor.of(JAVA_INT));
        getConfig = linker.downcallHandle(lookup.findOrThrow("openblas_get_config"), FunctionDescriptor.of(ADDRESS));
    }

    private static MethodHandle bind(
            Linker linker, SymbolLookup lookup, String name, FunctionDescriptor fd, Linker.Option option) {
        return linker.downcallHandle(lookup.findOrThrow(name), fd, option);
    }

    /**
     * Loads OpenBLAS from {@code explicitPath} when given ({@code BENCHLENS_BLAS_LIB}), else {@code libopenblas.so.0}
     * through the system loader, and sets its thread count.
     *
     * @return the binding, or the one-line reason it is unavailable
     */
    public static Loaded load(String explicitPath, int threads) {
        String wanted = explicitPath != null ? explicitPath : DEFAULT_LIBRARY;
        String lookedFor = explicitPath != null
                ? "BENCHLENS_BLAS_LIB=" + explicitPath
                : DEFAULT_LIBRARY + " via the system loader (BENCHLENS_BLAS_LIB unset; install libopenblas0-pthread)";
        // The library stays loaded for the life of the JVM, as the bound handles may be called at any time.
        SymbolLookup lookup;
        try {
            lookup = explicitPath != null
                    ? SymbolLookup.libraryLookup(Path.of(explicitPath), Arena.global())
                    : SymbolLookup.libraryLookup(DEFAULT_LIBRARY, Arena.global());
        } catch (IllegalArgumentException | UnsatisfiedLinkError e) {
            return new Loaded(null, "blas unavailable: cannot load " + lookedFor);
        }
        List<String> missing = new ArrayList<>();
        for (String symbol : SYMBOLS) {
            if (lookup.find(symbol).isEmpty()) {
                missing.add(symbol);
            }
        }
        if (!missing.isEmpty()) {
            return new Loaded(
                    null,
                    "blas unavailable: " + wanted + " is not OpenBLAS (missing "
                            + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                            + (missing.size() > 3 ? ", ..." : "") + ")");
        }
        OpenBlas blas = new OpenBlas(lookup, resolvedPath(wanted));
        blas.setThreads(threads);
        return new Loaded(blas, null);
    }

    /** The outcome of {@link #load}: a binding, or why there is none. */
    public record Loaded(OpenBlas blas, String unavailableReason) {
        public Optional<OpenBlas> binding() {
            return Optional.ofNullable(blas);
        }
    }

    /** The file the loader actually mapped, from {@code /proc/self/maps}; the name asked for when unknown. */
    private static String resolvedPath(String wanted) {
        String base = Path.of(wanted).getFileName().toString();
        String stem = base.contains(".so") ? base.substring(0, base.indexOf(".so")) : base;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                int slash = line.indexOf('/');
                if (slash >= 0 && line.substring(slash).contains(stem)) {
                    return line.substring(slash).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or maps unreadable: the requested name is still informative
        }
        return wanted;
    }

    public String library() {
        return library;
    }

    public void setThreads(int threads) {
        try {
            setNumThreads.invokeExact(threads);
        } catch (Throwable t) {
            throw new IllegalStateException("openblas_set_num_threads failed", t);
        }
    }

    public int threads() {
        try {
            return (int) getNumThreads.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("openblas_get_num_threads failed", t);
        }
    }

    /** {@code openblas_get_config()}: version, target core and build options. */
    public String config() {
        try {
            MemorySegment text = (MemorySegment) getConfig.invokeExact();
            return text.reinterpret(Integer.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException("openblas_get_config failed", t);
        }
    }
}
