package dev.benchlens.viewer.runs;

import dev.benchlens.format.Fact;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;

/** Short texts that tell runs apart in lists: a default name and the key parts of the environment. */
public final class RunDescriptions {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private RunDescriptions() {}

    /** The run's file as the command line shows it, relative to what was opened: {@code artifact.zip!/latest.json}. */
    public static String file(Run run) {
        return run.identity().path().isEmpty() ? run.origin() : run.identity().path();
    }

    public static String started(Run run) {
        String started = text(run, m -> m.startedAt() == null ? null : DATE.format(m.startedAt()));
        String fromIdentity = run.identity().value(Fact.STARTED);
        return !started.equals("—") || fromIdentity == null ? started : fromIdentity.replace(" UTC", "");
    }

    public static String commit(Run run) {
        return text(
                run,
                m -> m.git() == null || m.git().commit() == null
                        ? null
                        : shortCommit(m.git().commit()));
    }

    /** Where the run was made: {@code Docker}, {@code GitHub}, {@code Local} or {@code Unknown}. */
    public static String environment(Run run) {
        return run.identity().environment().label();
    }

    public static String arch(Run run) {
        return fact(run, Fact.ARCH);
    }

    public static String cpu(Run run) {
        return fact(run, Fact.CPU);
    }

    public static String cores(Run run) {
        return fact(run, Fact.CORES);
    }

    /** A fact the run's identity knows, from whatever evidence it had; {@code —} when none. */
    private static String fact(Run run, String label) {
        String value = run.identity().value(label);
        return value == null ? "—" : value;
    }

    public static String jvm(Run run) {
        return text(
                run,
                m -> m.jvm() == null
                        ? null
                        : String.join(
                                        " ",
                                        Objects.toString(m.jvm().vendor(), ""),
                                        Objects.toString(m.jvm().version(), ""))
                                .strip());
    }

    public static String vectorBits(Run run) {
        return text(run, m -> m.vectorBits() == null ? null : m.vectorBits() + " bit");
    }

    public static String blas(Run run) {
        String blas = run.identity().value(Fact.BLAS);
        return blas != null ? blas : fact(run, Fact.NUMPY_BLAS);
    }

    private static String text(Run run, Function<RunMetadata, Object> field) {
        Object value = field.apply(run.metadata());
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }

    private static String shortCommit(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
