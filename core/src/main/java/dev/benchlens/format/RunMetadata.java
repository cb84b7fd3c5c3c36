package dev.benchlens.format;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and how a run was made. Every field but {@code source} may be {@code null} when the producer did not
 * record it; readers never guess a value they were not given.
 *
 * @param source    {@code docker}, {@code github-actions}, {@code local}, or the user's own label
 * @param simdMode  {@code force}, {@code auto} or {@code disable}: the {@code BENCHLENS_SIMD} the run used
 * @param env       every {@code BENCHLENS_*} variable the run saw
 * @param extra     anything else the producer recorded that has no field here (e.g. {@code numpy_version})
 */
public record RunMetadata(
        String source,
        String simdMode,
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

    public RunMetadata {
        source = source == null || source.isBlank() ? "unknown" : source;
        env = env == null ? Map.of() : Map.copyOf(new TreeMap<>(env));
        extra = extra == null ? Map.of() : Map.copyOf(new TreeMap<>(extra));
    }

    public static RunMetadata ofSource(String source) {
        return new RunMetadata(source, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public RunMetadata withSource(String newSource) {
        return new RunMetadata(newSource, simdMode, host, container, jvm, vectorBits, blas, env, git, ci,
                startedAt, endedAt, harness, extra);
    }

    /** The machine: operating system, architecture, CPU and memory. */
    public record Host(String os, String arch, String cpuModel, Integer cores, Long memoryBytes) {
    }

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
    public record Blas(String library, String config, Integer threads) {
    }

    /** The commit the code was built from. */
    public record Git(String commit, String ref) {
    }

    /** The CI job that made the run. */
    public record Ci(String runner, String runId, String runUrl) {
    }

    /** The measurement settings: JMH mode, warmup and measurement iterations and times, forks. */
    public record Harness(String tool, String mode, Integer warmupIterations, String warmupTime,
                          Integer measurementIterations, String measurementTime, Integer forks) {
    }
}
