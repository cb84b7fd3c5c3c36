package dev.benchlens.report;

import dev.benchlens.format.Fact;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A run's identity and metadata flattened to {@code field -> text}, in one order: the {@code report} command's run
 * header and the explorer's environment table both show these fields.
 */
public final class RunFields {

    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunFields() {}

    /**
     * What the run's identity says first (its environment and host facts, each with the evidence for it), then
     * every recorded field as {@code name -> text}, in the order the results format documents them.
     */
    public static Map<String, String> of(Run run) {
        return of(
                run.identity(),
                run.metadata(),
                run.identity().path().isEmpty() ? run.origin() : run.identity().path());
    }

    /** As {@link #of(Run)} for a run known by its identity and metadata alone; the file is the identity's path. */
    public static Map<String, String> of(RunIdentity identity, RunMetadata metadata) {
        return of(identity, metadata, identity.path());
    }

    private static Map<String, String> of(RunIdentity identity, RunMetadata metadata, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "environment", identity.environment().id() + " (" + identity.environmentReason() + ")");
        put(out, "file", file);
        for (Fact fact : identity.facts()) {
            put(out, fact.label(), fact.value() + " (" + fact.reason() + ")");
        }
        out.putAll(recorded(metadata));
        return out;
    }

    /** Every recorded field as {@code name -> text}, in the order the results format documents them. */
    private static Map<String, String> recorded(RunMetadata m) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "source", m.source());
        put(out, "simd mode", m.simdMode());
        if (m.host() != null) {
            put(out, "os", m.host().os());
            put(out, "arch", m.host().arch());
            put(out, "cpu", m.host().cpuModel());
            put(out, "cores", m.host().cores());
            put(
                    out,
                    "memory",
                    m.host().memoryBytes() == null ? null : gib(m.host().memoryBytes()));
        }
        if (m.container() != null) {
            put(out, "container: /.dockerenv", m.container().dockerEnv());
            put(out, "container: cgroup cpu limit", m.container().cgroupCpuLimit());
            put(
                    out,
                    "container: cgroup memory limit",
                    m.container().cgroupMemoryLimitBytes() == null
                            ? null
                            : gib(m.container().cgroupMemoryLimitBytes()));
            put(
                    out,
                    "container: hints",
                    m.container().hints().isEmpty()
                            ? null
                            : String.join(", ", m.container().hints()));
        }
        if (m.jvm() != null) {
            put(out, "jvm vendor", m.jvm().vendor());
            put(out, "jvm version", m.jvm().version());
            put(
                    out,
                    "jvm flags",
                    m.jvm().flags().isEmpty() ? null : String.join(" ", m.jvm().flags()));
        }
        put(out, "vector size", m.vectorBits() == null ? null : m.vectorBits() + " bit");
        if (m.blas() != null) {
            put(out, "blas", m.blas().library());
            put(out, "blas config", m.blas().config());
            put(out, "blas threads", m.blas().threads());
        }
        m.env().forEach((k, v) -> put(out, "env " + k, v));
        if (m.git() != null) {
            put(out, "git commit", m.git().commit());
            put(out, "git ref", m.git().ref());
        }
        if (m.ci() != null) {
            put(out, "ci runner", m.ci().runner());
            put(out, "ci run id", m.ci().runId());
            put(out, "ci run url", m.ci().runUrl());
        }
        put(out, "started", instant(m.startedAt()));
        put(out, "ended", instant(m.endedAt()));
        if (m.harness() != null) {
            var h = m.harness();
            put(out, "harness", join(h.tool(), h.mode()));
            put(out, "warmup", join(h.warmupIterations() == null ? null : h.warmupIterations() + " x", h.warmupTime()));
            put(
                    out,
                    "measurement",
                    join(
                            h.measurementIterations() == null ? null : h.measurementIterations() + " x",
                            h.measurementTime()));
            put(out, "forks", h.forks());
        }
        m.extra().forEach((k, v) -> put(out, k, v));
        return out;
    }

    private static void put(Map<String, String> out, String field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            out.put(field, value.toString());
        }
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    /** A recorded time as the run list and the run names show it, to the second, its zone said. */
    private static String instant(Instant t) {
        return t == null ? null : SECOND.format(t) + " UTC";
    }

    private static String join(Object a, Object b) {
        String text = (Objects.toString(a, "") + " " + Objects.toString(b, "")).strip();
        return text.isEmpty() ? null : text;
    }
}
