package dev.benchlens.history;

import dev.benchlens.format.Fact;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run recorded about the machine and software it ran on, trait by trait (runner image, CPU model, core count,
 * JDK, NumPy, BLAS, container, vector width, SIMD), so that a change point where one of them changes can be told
 * from a change in the code. Traits the run did not record are absent; only a trait both runs know can differ.
 *
 * @param traits the trait's name for people, e.g. {@code CPU model}, and its value
 */
public record RunEnvironment(Map<String, String> traits) {

    public static final RunEnvironment UNKNOWN = new RunEnvironment(Map.of());

    public RunEnvironment {
        traits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(traits));
    }

    public static RunEnvironment of(Run run) {
        Map<String, String> traits = new LinkedHashMap<>();
        RunMetadata m = run.metadata();
        RunMetadata.Host host = m.host();
        put(traits, "runner image", or(run.identity().value(Fact.RUNNER), m.ci() == null ? null : m.ci().runner()));
        put(traits, "operating system", or(run.identity().value(Fact.OS), host == null ? null : host.os()));
        put(traits, "CPU model", or(run.identity().value(Fact.CPU), host == null ? null : host.cpuModel()));
        put(
                traits,
                "core count",
                or(
                        run.identity().value(Fact.CORES),
                        host == null || host.cores() == null
                                ? null
                                : host.cores().toString()));
        RunMetadata.Jvm jvm = m.jvm();
        put(traits, "JDK", jvm == null || jvm.version() == null ? null : jdk(jvm));
        put(traits, "NumPy version", run.identity().value(Fact.NUMPY));
        put(traits, "NumPy BLAS", run.identity().value(Fact.NUMPY_BLAS));
        put(traits, "BLAS", run.identity().value(Fact.BLAS));
        put(traits, "container CPU limit", run.identity().value(Fact.CPU_LIMIT));
        put(traits, "vector width", m.vectorBits() == null ? null : m.vectorBits() + " bits");
        put(traits, "NumPy SIMD", run.identity().value(Fact.NUMPY_SIMD));
        put(traits, "SIMD mode", run.identity().value(Fact.SIMD_MODE));
        return new RunEnvironment(traits);
    }

    /** The traits both runs recorded with different values, in this run's order, e.g. {@code [CPU model, JDK]}. */
    public List<String> differencesFrom(RunEnvironment other) {
        List<String> changed = new ArrayList<>();
        traits.forEach((trait, value) -> {
            String theirs = other.traits.get(trait);
            if (theirs != null && !theirs.equals(value)) {
                changed.add(trait);
            }
        });
        return changed;
    }

    /** {@code environment: CPU model and JDK changed}, or {@code null} when nothing changed. */
    public static String cause(List<String> changed) {
        if (changed.isEmpty()) {
            return null;
        }
        String traits = changed.size() == 1
                ? changed.getFirst()
                : String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.getLast();
        return "environment: " + traits + " changed";
    }

    private static String jdk(RunMetadata.Jvm jvm) {
        return jvm.vendor() == null ? jvm.version() : jvm.vendor() + " " + jvm.version();
    }

    /** The resolved fact when the run's identity was resolved, else what its metadata recorded. */
    private static String or(String fact, String recorded) {
        return fact != null ? fact : recorded;
    }

    private static void put(Map<String, String> traits, String trait, String value) {
        if (value != null && !value.isBlank()) {
            traits.put(trait, value.strip());
        }
    }
}
