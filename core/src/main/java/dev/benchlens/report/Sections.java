package dev.benchlens.report;

import dev.benchlens.compare.BandVerdict;
import dev.benchlens.compare.ChangeCounts;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.ModeGain;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.compare.SummaryRow;
import dev.benchlens.compare.Thresholds;
import dev.benchlens.compare.Unmatched;
import dev.benchlens.compare.Warning;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The prose lines around the tables, shared by the Markdown and text formats; {@code code} quotes names. */
final class Sections {

    /** At most this many names are listed per unmatched list, and this many run warnings. */
    static final int MAX_LISTED = 20;
    /** Abbreviations in field names, written in capitals in a heading. */
    private static final Pattern ACRONYM = Pattern.compile("\\b(os|cpu|jvm|simd|blas|ci|id|url)\\b");

    private Sections() {}

    static List<String> legend(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("Ratio above 1 means the candidate did better: candidate speedup / baseline speedup (basis"
                + " 'speedup'), or baseline time / candidate time (basis 'time') when a side has no speedup over a"
                + " common reference.");
        lines.add("Change is how much worse (+) or better (-) the candidate did on that basis: shown when the test"
                + " says it changed at alpha " + c.alpha() + ", '~' when tested and unchanged, and marked '?' when"
                + " untested (no sample count, or too few samples for any test).");
        lines.add(String.format(
                Locale.ROOT,
                "Verdict is check's at --max-regression %.1f%%: regression, within (the interval's slow end is"
                        + " within it) or inconclusive ('judged by its magnitude' when the change is beyond it, which"
                        + " fails). Could detect: the smallest slowdown the row's spread could show.",
                c.maxRegressionPercent()));
        if (c.assumedSamples() != null) {
            lines.add("Files that record no sample count are taken to have " + c.assumedSamples()
                    + " samples per mean (--assume-samples).");
        }
        if (!c.bands().byImplementation().isEmpty()) {
            lines.add("Expected ratio bands: " + c.bands() + ".");
        }
        return lines;
    }

    /** A run as headings name it: its name, environment with the reason, and the file it came from. */
    static String run(RunIdentity run) {
        return run.name() + " (" + run.environment().id() + ": " + run.environmentReason()
                + (run.path().isEmpty() ? "" : "; " + run.path()) + ")";
    }

    /** The largest changes first, tested or not, at most {@code limit}: what a reader should see first. */
    static List<ComparisonRow> largestChanges(List<ComparisonRow> rows, int limit) {
        return rows.stream()
                .filter(r -> r.ratio().value() > 0 && Double.isFinite(r.ratio().value()))
                .sorted(Comparator.comparingDouble(
                                (ComparisonRow r) -> Math.abs(Math.log(r.ratio().value())))
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** One line of the largest-changes list: {@code 2048x2048 float32 mean_axis0 [raptors]: 2.10x [1.9, 2.3]}. */
    static String largestChange(ComparisonRow row) {
        String interval = row.ratio().ci95() == null
                ? ""
                : " " + NumberText.interval(row.ratio().ci95());
        return row.key() + ": ratio " + NumberText.times(row.ratio().value()) + interval + ", " + RowText.change(row)
                + " (" + RowText.verdict(row) + ", " + row.ratio().basis().label() + ")";
    }

    static final List<String> GAINS_HEADER = List.of(
            "SIMD mode",
            "Kernel",
            "Speedup over reference (baseline)",
            "Speedup over reference (candidate)",
            "Improvement",
            "95% CI",
            "Expected",
            "Verdict");

    /** The seed's "Expected Results" table of a candidate, one row per kernel. */
    static List<List<String>> gains(List<ModeGain> gains) {
        List<List<String>> rows = new ArrayList<>();
        for (ModeGain g : gains) {
            String mode = g.modesDiffer()
                    ? g.candidateMode() + " (baseline ran " + g.baselineMode() + ")"
                    : String.valueOf(g.candidateMode());
            rows.add(List.of(
                    mode,
                    g.implementation() + " vs " + g.reference(),
                    NumberText.times(g.baselineSpeedup()),
                    NumberText.times(g.candidateSpeedup()),
                    NumberText.times(g.improvement().geomean()),
                    NumberText.interval(g.improvement().ci95()),
                    g.band() == null ? "-" : g.band() + "x",
                    g.verdict() == BandVerdict.NO_BAND ? "-" : g.verdict().label()));
        }
        return rows;
    }

    static List<String> unmatched(Unmatched u, UnaryOperator<String> code) {
        List<String> lines = new ArrayList<>();
        if (!u.onlyInBaseline().isEmpty()) {
            lines.add("Only in the baseline (" + u.onlyInBaseline().size() + "): " + list(u.onlyInBaseline(), code));
        }
        if (!u.onlyInCandidate().isEmpty()) {
            lines.add(
                    "Only in this candidate (" + u.onlyInCandidate().size() + "): " + list(u.onlyInCandidate(), code));
        }
        return lines;
    }

    private static String list(List<CaseKey> keys, UnaryOperator<String> code) {
        List<String> shown = keys.stream()
                .limit(MAX_LISTED)
                .map(k -> code.apply(k.toString()))
                .toList();
        String more = keys.size() > MAX_LISTED ? " and " + (keys.size() - MAX_LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }

    /** The comparison's run warnings (capped) and how many rows carry each kind of row warning. */
    static List<String> warnings(Comparison c) {
        return warnings(
                c.warnings(), c.rows().stream().map(ComparisonRow::warnings).toList());
    }

    static List<String> warnings(RunSummary s) {
        return warnings(
                s.warnings(), s.rows().stream().map(SummaryRow::warnings).toList());
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
            case UNKNOWN_SAMPLE_COUNT -> "sample count unknown, so untested unless --assume-samples is given";
            case ASSUMED_SAMPLE_COUNT -> "sample count not recorded, the assumed one used";
            case REFERENCE_MISMATCH -> "speedups against different references, ratio of times used";
            case SPEEDUP_MISMATCH -> "a stated speedup disagrees with its two times; the times are used";
            case MODE_DIFFERS -> "the kernel ran in different SIMD modes in the two runs";
            case DUPLICATE_KEY -> "key measured more than once in a run";
            case RUN -> "run warning";
            case DROPPED_MEASUREMENT -> "a measurement dropped when read";
        };
    }

    /** How long a field's value may be on its line: a header is for reading, the files keep the whole text. */
    static final int FIELD_SHOWN = 160;

    /**
     * Where and how the run was made, one {@code Label: value} line per field of {@link RunFields}: its environment
     * and host facts, each with the evidence for it, then what the metadata records. Long values (NumPy's build
     * text, the upstream's threading diagnostics) are folded to one line and cut.
     */
    static List<String> metadata(RunIdentity identity, RunMetadata m) {
        List<String> lines = new ArrayList<>();
        RunFields.of(identity, m).forEach((field, value) -> lines.add(label(field) + ": " + folded(value)));
        return lines;
    }

    /** {@code value} on one line, cut past {@link #FIELD_SHOWN} characters with how long it is in all. */
    static String folded(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= FIELD_SHOWN
                ? oneLine
                : oneLine.substring(0, FIELD_SHOWN) + "… (" + oneLine.length() + " characters in all)";
    }

    /** {@code cpu} as {@code CPU}, {@code jvm vendor} as {@code JVM vendor}: a field name as a heading reads. */
    private static String label(String field) {
        String words = ACRONYM.matcher(field).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * One line counting the candidate's rows by verdict (untested rows are never counted as unchanged), or saying
     * that it has no case in common with the baseline.
     */
    static String changes(Comparison c, int candidate) {
        Optional<String> none = c.noCaseInCommon(candidate);
        if (none.isPresent()) {
            return none.get();
        }
        ChangeCounts counts = ChangeCounts.of(c.rowsOf(candidate));
        return counts.improved() + " better, " + counts.regressed() + " worse, " + counts.unchanged()
                + " unchanged (tested), " + counts.untested() + " untested";
    }
}
