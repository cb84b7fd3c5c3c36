package dev.benchlens.identity;

import dev.benchlens.format.Case;
import dev.benchlens.format.Environment;
import dev.benchlens.format.Fact;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a run's {@link RunIdentity}, taking each fact from the best evidence there is, in this order: what the
 * file itself records, then the upstream project's layout conventions, then what NumPy's build configuration says.
 * Every fact keeps its reason, so that a user can see why a run is called Docker.
 */
public final class IdentityResolver {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final List<String> PROJECT_PREFIXES = List.of("BENCHLENS_", "RAPTORS_");
    private static final int SHORT_FACT = 60;

    private IdentityResolver() {}

    /**
     * The identity of a run read from {@code location} (the absolute path, with {@code !/} into zips), shown to
     * users as {@code path} (relative to what they opened).
     */
    public static RunIdentity resolve(Run run, String location, String path) {
        RunMetadata m = run.metadata();
        Layout.Resolved<Environment> environment = recordedEnvironment(m)
                .or(() -> Layout.environment(location))
                .orElse(new Layout.Resolved<>(Environment.UNKNOWN, "nothing recorded and no known folder name"));
        List<Fact> facts = facts(m, location);
        String recordedName = m.extra().get(RunMetadata.RUN_NAME);
        String name = recordedName != null && !recordedName.isBlank()
                ? recordedName.strip()
                : name(environment.value(), facts, subject(run), location);
        return new RunIdentity(environment.value(), environment.reason(), name, path, facts);
    }

    /**
     * True when a run's identity follows from its metadata and location alone. Our suite's runs say which suite they
     * are; any other run is named after what its cases compare, so only all of them settle its name.
     */
    public static boolean namedWithoutCases(RunMetadata m) {
        return m.extra().containsKey("suite");
    }

    private static Optional<Layout.Resolved<Environment>> recordedEnvironment(RunMetadata m) {
        Optional<Environment> recorded = m.source().environment();
        if (recorded.isPresent()) {
            return Optional.of(new Layout.Resolved<>(recorded.get(), "recorded source '" + m.source() + "'"));
        }
        if ("true".equalsIgnoreCase(m.env().get("GITHUB_ACTIONS")) || (m.ci() != null && m.ci().runId() != null)) {
            return Optional.of(new Layout.Resolved<>(Environment.GITHUB_ACTIONS, "recorded GitHub Actions run"));
        }
        if (m.container() != null && Boolean.TRUE.equals(m.container().dockerEnv())) {
            return Optional.of(new Layout.Resolved<>(Environment.DOCKER, "recorded /.dockerenv"));
        }
        return Optional.empty();
    }

    private static List<Fact> facts(RunMetadata m, String location) {
        NumpyConfig numpy = NumpyConfig.parse(m.extra().get("numpy_config"));
        Facts facts = new Facts();
        RunMetadata.Host host = m.host();
        facts.add(Fact.ARCH, host == null ? null : host.arch(), "recorded host");
        facts.add(Fact.ARCH, numpy.hostCpu(), "numpy config: Machine Information, host cpu");
        facts.add(Fact.OS, host == null ? null : host.os(), "recorded host");
        facts.add(Fact.OS, numpy.hostSystem(), "numpy config: Machine Information, host system");
        facts.add(Fact.CPU, host == null ? null : host.cpuModel(), "recorded host");
        facts.add(
                Fact.CORES,
                host == null || host.cores() == null ? null : host.cores().toString(),
                "recorded host");
        if (m.container() != null && m.container().cgroupCpuLimit() != null) {
            facts.add(Fact.CPU_LIMIT, m.container().cgroupCpuLimit().toString(), "recorded cgroup limit");
        }
        facts.add(Fact.SIMD_MODE, m.simdMode() == null ? null : m.simdMode().label(), "recorded simd_mode");
        projectVariable(m, "SIMD")
                .ifPresent(v -> facts.add(Fact.SIMD_MODE, v.getValue(), "recorded env " + v.getKey()));
        Layout.simdMode(location).ifPresent(mode -> facts.add(Fact.SIMD_MODE, mode, "file name"));
        projectVariable(m, "THREADS")
                .ifPresent(v -> facts.add(Fact.THREADS, v.getValue(), "recorded env " + v.getKey()));
        facts.add(Fact.THREADS, shortText(m.extra().get("raptors_threading")), "recorded raptors_threading");
        facts.add(Fact.BLAS, m.blas() == null ? null : m.blas().library(), "recorded BLAS library");
        projectVariable(m, "BLAS").ifPresent(v -> facts.add(Fact.BLAS, v.getValue(), "recorded env " + v.getKey()));
        facts.add(Fact.NUMPY, m.extra().get("numpy_version"), "recorded numpy_version");
        numpy.blas().ifPresent(b -> facts.add(Fact.NUMPY_BLAS, b, "numpy config: Build Dependencies, blas"));
        facts.add(Fact.NUMPY_BLAS_CORE, numpy.blasCore(), "numpy config: openblas configuration");
        numpy.simd().ifPresent(s -> facts.add(Fact.NUMPY_SIMD, s, "numpy config: SIMD Extensions, baseline and found"));
        numpy.missingSimd()
                .ifPresent(s -> facts.add(Fact.NUMPY_SIMD_MISSING, s, "numpy config: SIMD Extensions, not found"));
        facts.add(Fact.RUNNER, m.ci() == null ? null : m.ci().runner(), "recorded CI runner");
        facts.add(Fact.RUNNER, m.extra().get("runner"), "recorded runner");
        facts.add(Fact.STARTED, m.startedAt() == null ? null : MINUTE.format(m.startedAt()) + " UTC", "recorded time");
        Layout.timestamp(location)
                .ifPresent(t -> facts.add(Fact.STARTED, MINUTE.format(t) + " UTC", "time in the file or folder name"));
        return facts.list;
    }

    /**
     * {@code text} when it is a value rather than a report: the upstream records a word such as {@code adaptive}
     * there, or pages of {@code ThreadingDiagnostics(...)}, which stay a recorded field and make no fact.
     */
    private static String shortText(String text) {
        return text == null || text.length() > SHORT_FACT || text.contains("\n") ? null : text;
    }

    private static Optional<Map.Entry<String, String>> projectVariable(RunMetadata m, String suffix) {
        for (String prefix : PROJECT_PREFIXES) {
            String value = m.env().get(prefix + suffix);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(prefix + suffix, value));
            }
        }
        return Optional.empty();
    }

    /**
     * What the run measured, in its own terms: our suite is {@code benchlens}, a plain JMH run {@code JMH}, and the
     * upstream script's run the implementations it compares with its reference, e.g. {@code raptors}.
     */
    private static String subject(Run run) {
        RunMetadata m = run.metadata();
        if (namedWithoutCases(m)) {
            return "benchlens";
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (Case c : run.cases()) {
            for (Operation op : c.operations()) {
                if (op.speedup() != null) {
                    candidates.add(op.speedup().candidate());
                }
            }
        }
        if (!candidates.isEmpty()) {
            return String.join("+", candidates);
        }
        return m.harness() != null
                        && m.harness().tool() != null
                        && m.harness().tool().startsWith("JMH")
                ? "JMH"
                : "run";
    }

    /** {@code Docker · raptors auto · 2025-11-14 15:27} or {@code GitHub ubuntu-24.04-arm · ...}: what is known. */
    private static String name(Environment environment, List<Fact> facts, String subject, String location) {
        List<String> parts = new ArrayList<>();
        String runner = value(facts, Fact.RUNNER);
        parts.add(
                environment == Environment.GITHUB_ACTIONS && runner != null
                        ? environment.label() + " " + runner
                        : environment.label());
        String mode = value(facts, Fact.SIMD_MODE);
        parts.add(mode == null ? subject : subject + " " + mode);
        String started = value(facts, Fact.STARTED);
        if (started != null) {
            parts.add(started.substring(0, started.length() - " UTC".length()));
        } else {
            parts.add(fileName(location));
        }
        return String.join(" · ", parts);
    }

    private static String value(List<Fact> facts, String label) {
        return facts.stream()
                .filter(f -> f.label().equals(label))
                .map(Fact::value)
                .findFirst()
                .orElse(null);
    }

    /** The last part of a path or a zip entry's location: {@code a.zip!/dir/latest.json} gives {@code latest.json}. */
    public static String fileName(String location) {
        String path = location.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Facts in order of preference: the first value given for a label wins, later ones are left out. */
    private static final class Facts {
        private final List<Fact> list = new ArrayList<>();

        void add(String label, String value, String reason) {
            if (value == null
                    || value.isBlank()
                    || list.stream().anyMatch(f -> f.label().equals(label))) {
                return;
            }
            list.add(new Fact(label, value.strip(), reason));
        }
    }
}
