package dev.benchlens.report;

import dev.benchlens.format.RunMetadata;
import dev.benchlens.match.CaseKey;
import dev.benchlens.stats.ChangeCounts;
import dev.benchlens.stats.Comparison;
import dev.benchlens.stats.ComparisonRow;
import dev.benchlens.stats.RunSummary;
import dev.benchlens.stats.SummaryRow;
import dev.benchlens.stats.Thresholds;
import dev.benchlens.stats.Unmatched;
import dev.benchlens.stats.Warning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The prose lines around the tables, shared by the Markdown and text formats; {@code code} quotes names. */
final class Sections {

    /** At most this many names are listed per unmatched list, and this many run warnings. */
    static final int MAX_LISTED = 20;

    private Sections() {
    }

    static List<String> legend(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("Ratio above 1 means the candidate did better: candidate speedup / baseline speedup (basis"
                + " 'speedup'), or baseline time / candidate time (basis 'time') when a side has no speedup over a"
                + " common reference.");
        lines.add("Δ time is the candidate's time change; '~' means not significant at alpha " + c.alpha()
                + ", '?' that it could not be tested.");
        if (!c.bands().byImplementation().isEmpty()) {
            lines.add("Expected ratio bands: " + c.bands() + ".");
        }
        return lines;
    }

    static List<String> unmatched(Unmatched u, UnaryOperator<String> code) {
        List<String> lines = new ArrayList<>();
        if (!u.onlyInBaseline().isEmpty()) {
            lines.add("Only in the baseline (" + u.onlyInBaseline().size() + "): " + list(u.onlyInBaseline(), code));
        }
        if (!u.onlyInCandidate().isEmpty()) {
            lines.add("Only in this candidate (" + u.onlyInCandidate().size() + "): "
                    + list(u.onlyInCandidate(), code));
        }
        return lines;
    }

    private static String list(List<CaseKey> keys, UnaryOperator<String> code) {
        List<String> shown = keys.stream().limit(MAX_LISTED).map(k -> code.apply(k.toString())).toList();
        String more = keys.size() > MAX_LISTED ? " and " + (keys.size() - MAX_LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }

    /** The comparison's run warnings (capped) and how many rows carry each kind of row warning. */
    static List<String> warnings(Comparison c) {
        return warnings(c.warnings(), c.rows().stream().map(ComparisonRow::warnings).toList());
    }

    static List<String> warnings(RunSummary s) {
        return warnings(s.warnings(), s.rows().stream().map(SummaryRow::warnings).toList());
    }

    private static List<String> warnings(List<Warning> general, List<List<Warning>> perRow) {
        List<String> lines = new ArrayList<>();
        general.stream().limit(MAX_LISTED).forEach(w -> lines.add(w.message()));
        if (general.size() > MAX_LISTED) {
            lines.add("and " + (general.size() - MAX_LISTED) + " more run warnings");
        }
        Map<Warning.Kind, Integer> rowsByKind = new EnumMap<>(Warning.Kind.class);
        for (List<Warning> rowWarnings : perRow) {
            rowWarnings.stream().map(Warning::kind).distinct().forEach(k -> rowsByKind.merge(k, 1, Integer::sum));
        }
        rowsByKind.forEach((kind, count) -> lines.add(count + " row(s): " + explain(kind)));
        return lines;
    }

    private static String explain(Warning.Kind kind) {
        return switch (kind) {
            case FEW_SAMPLES -> "few samples (fewer than " + Thresholds.MIN_SAMPLES + " on a side)";
            case NOISY -> "noisy (coefficient of variation above " + Math.round(Thresholds.MAX_CV * 100) + "%)";
            case UNKNOWN_SAMPLE_COUNT -> "sample count unknown, change not testable";
            case REFERENCE_MISMATCH -> "speedups against different references, ratio of times used";
            case DUPLICATE_KEY -> "key measured more than once in a run";
            case RUN -> "run warning";
        };
    }

    /** Where and how the run was made, one {@code label: value} line per known field. */
    static List<String> metadata(RunMetadata m) {
        List<String> lines = new ArrayList<>();
        lines.add("Source: " + m.source());
        if (m.simdMode() != null) {
            lines.add("SIMD mode: " + m.simdMode());
        }
        if (m.host() != null) {
            lines.add("Host: " + join(m.host().os(), m.host().arch(), m.host().cpuModel(),
                    m.host().cores() == null ? null : m.host().cores() + " cores"));
        }
        if (m.jvm() != null) {
            lines.add("JVM: " + join(m.jvm().vendor(), m.jvm().version()));
        }
        if (m.vectorBits() != null) {
            lines.add("Vector size: " + m.vectorBits() + " bits");
        }
        if (m.blas() != null) {
            lines.add("BLAS: " + join(m.blas().library(), m.blas().threads() == null ? null
                    : m.blas().threads() + " threads"));
        }
        if (m.git() != null) {
            lines.add("Git: " + join(m.git().ref(), m.git().commit()));
        }
        if (m.ci() != null) {
            lines.add("CI: " + join(m.ci().runner(), m.ci().runUrl()));
        }
        if (m.startedAt() != null) {
            lines.add("Started: " + m.startedAt());
        }
        return lines;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? "unknown" : String.join(", ", present);
    }

    /** One line counting the candidate's significantly faster, slower and unchanged rows. */
    static String changes(List<ComparisonRow> rows) {
        ChangeCounts counts = ChangeCounts.of(rows);
        return counts.improved() + " faster, " + counts.regressed() + " slower, " + counts.unchanged()
                + " unchanged (~ or untestable)";
    }
}
