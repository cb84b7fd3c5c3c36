package dev.benchlens.viewer.runs;

import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Short texts that tell runs apart in lists: a default name and the key parts of the environment. */
public final class RunDescriptions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private RunDescriptions() {
    }

    /**
     * {@code source (simd mode) · runner}, leaving out what the run did not record: short, because it names the
     * run in table columns, chart legends and exports. Date and commit have columns of their own.
     */
    public static String defaultName(Run run) {
        RunMetadata m = run.metadata();
        List<String> parts = new ArrayList<>();
        parts.add(m.source() + (m.simdMode() == null ? "" : " (" + m.simdMode() + ")"));
        addIfPresent(parts, m.ci() == null ? null : m.ci().runner());
        return String.join(" · ", parts);
    }

    public static String started(Run run) {
        return text(run, m -> m.startedAt() == null ? null : DATE.format(m.startedAt()));
    }

    public static String commit(Run run) {
        return text(run, m -> m.git() == null || m.git().commit() == null ? null : shortCommit(m.git().commit()));
    }

    public static String arch(Run run) {
        return text(run, m -> m.host() == null ? null : m.host().arch());
    }

    public static String cpu(Run run) {
        return text(run, m -> m.host() == null ? null : m.host().cpuModel());
    }

    public static String cores(Run run) {
        return text(run, m -> m.host() == null ? null : m.host().cores());
    }

    public static String jvm(Run run) {
        return text(run, m -> m.jvm() == null ? null
                : String.join(" ", Objects.toString(m.jvm().vendor(), ""), Objects.toString(m.jvm().version(), ""))
                .strip());
    }

    public static String vectorBits(Run run) {
        return text(run, m -> m.vectorBits() == null ? null : m.vectorBits() + " bit");
    }

    public static String blas(Run run) {
        return text(run, m -> m.blas() == null ? null : m.blas().library());
    }

    private static String text(Run run, Function<RunMetadata, Object> field) {
        Object value = field.apply(run.metadata());
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    private static String shortCommit(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
