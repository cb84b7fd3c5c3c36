package dev.benchlens.format;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and how a run was made. Every field but {@code source} may be {@code null} when the producer did not
 * record it; readers never guess a value they were not given.
 *
 * @param source    {@code docker}, {@code github-actions}, {@code local}, the user's own label, or unknown
 * @param simdMode  the {@code BENCHLENS_SIMD} the run used: {@code force}, {@code auto}, {@code disable} or what the
 *                  producer wrote
 * @param env       every {@code BENCHLENS_*} variable the run saw, in name order
 * @param extra     anything else the producer recorded that has no field here (e.g. {@code numpy_version}), in
 *                  name order
 */
public record RunMetadata(
        RunSource source,
        SimdMode simdMode,
        Host host,
        Container container,
        Jvm jvm,
        Integer vectorBits,
        Blas blas,
        Map<String, String> env,
        Git git,
        Ci ci,
        Instant startedAt,
        Instant endedAt,
        Harness harness,
        Map<String, String> extra) {

    /**
     * The {@code extra} entry that names a run outright, e.g. {@code base · main@1a2b3c4} for a side of
     * {@code benchlens ab}; a run without one is named after what its metadata and location say.
     */
    public static final String RUN_NAME = "run_name";

    public RunMetadata {
        source = source == null ? RunSource.UNKNOWN : source;
        env = sortedByName(env);
        extra = sortedByName(extra);
    }

    /** Keys in name order, so that every artifact lists them alike; null keys and values are refused as before. */
    private static Map<String, String> sortedByName(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(map)));
    }

    public static RunMetadata ofSource(String source) {
        return new RunMetadata(
                RunSource.of(source), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public RunMetadata withSource(RunSource newSource) {
        return new RunMetadata(
                newSource,
                simdMode,
                host,
                container,
                jvm,
                vectorBits,
                blas,
                env,
                git,
                ci,
                startedAt,
                endedAt,
                harness,
                extra);
    }

    public RunMetadata withExtra(Map<String, String> newExtra) {
        return new RunMetadata(
                source,
                simdMode,
                host,
                container,
                jvm,
                vectorBits,
                blas,
                env,
                git,
                ci,
                startedAt,
                endedAt,
                harness,
                newExtra);
    }

    /** The machine: operating system, architecture, CPU and memory. */
    public record Host(String os, String arch, String cpuModel, Integer cores, Long memoryBytes) {}

    /** Signs that the run was inside a container, and the limits the container set. */
    public record Container(Boolean dockerEnv, Double cgroupCpuLimit, Long cgroupMemoryLimitBytes, List<String> hints) {
        public Container {
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    /** The Java virtual machine and the flags it was started with. */
    public record Jvm(String vendor, String version, List<String> flags) {
        public Jvm {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    /** The BLAS library the {@code blas} implementation called, as it describes itself. */
    public record Blas(String library, String config, Integer threads) {}

    /** The commit the code was built from. */
    public record Git(String commit, String ref) {}

    /** The CI job that made the run. */
    public record Ci(String runner, String runId, String runUrl) {}

    /** The measurement settings: JMH mode, warmup and measurement iterations and times, forks. */
    public record Harness(
            String tool,
            String mode,
            Integer warmupIterations,
            String warmupTime,
            Integer measurementIterations,
            String measurementTime,
            Integer forks) {}
}
