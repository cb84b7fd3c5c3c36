package dev.benchlens.check;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.Significance;
import dev.benchlens.compare.Unmatched;
import dev.benchlens.compare.Warning;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.match.Aliases;
import dev.benchlens.match.CaseKey;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.RunIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CI gate, which fails closed. A row is judged on its ratio's basis: an implementation's speedup over its run's
 * own reference when both runs have one (what a code change moves, and it cancels the machine), its time otherwise.
 * Each gated row gets a {@link GateVerdict}: a regression fails; a row whose interval's slow end lies within the
 * threshold passes; an inconclusive row fails when its estimate is beyond the threshold (judged by its magnitude)
 * and passes otherwise, counted with the change it could have detected. A gated baseline row with no counterpart in
 * a candidate fails too, and a measurement dropped when read is a problem. The reference implementation is
 * reported, not gated.
 */
public final class RegressionCheck {

    /** How many inconclusive rows that passed are listed one by one; the rest are counted. */
    static final int LISTED = 20;

    private RegressionCheck() {}

    public static CheckResult regressions(Comparison comparison, GateOptions gate) {
        List<Failure> failures = new ArrayList<>();
        List<String> problems = new ArrayList<>(droppedMeasurements(comparison));
        List<String> notes = new ArrayList<>();
        List<GatedRow> gatedRows = new ArrayList<>();
        if (comparison.rows().isEmpty()) {
            problems.add("no case matched between the baseline and any candidate, so nothing was checked");
            return new CheckResult(failures, problems, notes);
        }
        int notGated = 0;
        double threshold = gate.maxRegressionPercent();
        for (ComparisonRow row : comparison.rows()) {
            if (!gate.gates(row)) {
                notGated += row.reference() ? 0 : 1;
                continue;
            }
            GatedRow gated = GatedRow.of(row, comparison, threshold);
            gatedRows.add(gated);
            if (!gated.fails()) {
                continue;
            }
            Significance significance = row.significance();
            Judgement judgement = significance.tested()
                    ? Judgement.tested(significance.pValue())
                    : Judgement.untested(significance.reason());
            Regression regression = new Regression(gated, judgement);
            if (!significance.tested() && gate.allowUntested()) {
                notes.add(regression.message());
            } else {
                failures.add(regression);
            }
        }
        if (gatedRows.isEmpty()) {
            problems.add("no matched row is of an implementation the gate judges (the reference is not gated"
                    + (gate.only().isEmpty() ? "" : ", and only " + String.join(", ", gate.only()) + " are")
                    + "): nothing was checked");
        }
        for (MissingRow missing : missingRows(comparison, gate)) {
            if (gate.allowMissing()) {
                notes.add(missing.message());
            } else {
                failures.add(missing);
            }
        }
        if (notGated > 0) {
            notes.add(notGated + " row(s) of peers reported, not gated (only "
                    + String.join(", ", new java.util.TreeSet<>(gate.only())) + " are)");
        }
        notes.addAll(verdictNotes(gatedRows, threshold));
        notes.addAll(referenceMoves(comparison, gate));
        return new CheckResult(failures, problems, notes, gatedRows);
    }

    /** The gated rows counted by verdict, then the inconclusive rows that passed, each with what it could detect. */
    private static List<String> verdictNotes(List<GatedRow> rows, double threshold) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<GateVerdict, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(
                        GatedRow::verdict, () -> new EnumMap<>(GateVerdict.class), Collectors.counting()));
        List<GatedRow> passedInconclusive = rows.stream()
                .filter(r -> r.verdict() == GateVerdict.INCONCLUSIVE && !r.fails())
                .sorted(Comparator.comparingDouble(GatedRow::detectablePercent).reversed())
                .toList();
        long inconclusive = counts.getOrDefault(GateVerdict.INCONCLUSIVE, 0L);
        String passed = passedInconclusive.isEmpty()
                ? ""
                : String.format(
                        Locale.ROOT,
                        " (%d passed by their estimate, %s)",
                        passedInconclusive.size(),
                        detectableRange(passedInconclusive));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%d gated row(s) at %.1f%%: %d regression, %d within, %d inconclusive%s",
                rows.size(),
                threshold,
                counts.getOrDefault(GateVerdict.REGRESSION, 0L),
                counts.getOrDefault(GateVerdict.WITHIN, 0L),
                inconclusive,
                passed));
        passedInconclusive.stream()
                .limit(LISTED)
                .forEach(r -> notes.add("inconclusive, passed by its estimate: " + r.describe()));
        if (passedInconclusive.size() > LISTED) {
            notes.add("and " + (passedInconclusive.size() - LISTED) + " more inconclusive row(s) passed by their"
                    + " estimate");
        }
        return notes;
    }

    /** E.g. {@code could detect ≥ 4.1% to ≥ 35.0%}, from rows sorted by detectable change, largest first. */
    private static String detectableRange(List<GatedRow> sortedLargestFirst) {
        double smallest = sortedLargestFirst.getLast().detectablePercent();
        double largest = sortedLargestFirst.getFirst().detectablePercent();
        if (smallest == largest || !Double.isFinite(smallest)) {
            return GateVerdict.detectable(largest);
        }
        return GateVerdict.detectable(smallest)
                + (Double.isFinite(largest) ? String.format(Locale.ROOT, " to ≥ %.1f%%", largest) : " to none");
    }

    /** Every gated baseline key without a counterpart in a candidate, the gate's blind spots. */
    private static List<MissingRow> missingRows(Comparison comparison, GateOptions gate) {
        Set<String> references = comparison.rows().stream()
                .filter(ComparisonRow::reference)
                .map(r -> r.key().implementation())
                .collect(Collectors.toSet());
        List<MissingRow> missing = new ArrayList<>();
        for (Unmatched unmatched : comparison.unmatched()) {
            String run = comparison.candidates().get(unmatched.candidateIndex());
            for (CaseKey key : unmatched.onlyInBaseline()) {
                if (gate.gates(key.implementation(), references.contains(key.implementation()))) {
                    missing.add(new MissingRow(key, run));
                }
            }
        }
        return missing;
    }

    /** Each measurement a run lost when read, a time that cannot be a time: the check cannot stand on such input. */
    private static List<String> droppedMeasurements(Comparison comparison) {
        return comparison.warnings().stream()
                .filter(w -> w.kind() == Warning.Kind.DROPPED_MEASUREMENT)
                .map(Warning::message)
                .toList();
    }

    /** One note per candidate whose reference implementation moved beyond the threshold: the machines differ. */
    private static List<String> referenceMoves(Comparison comparison, GateOptions gate) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < comparison.candidates().size(); i++) {
            List<ComparisonRow> reference = comparison.rowsOf(i).stream()
                    .filter(ComparisonRow::reference)
                    .toList();
            if (reference.isEmpty()) {
                continue;
            }
            double logSum = 0;
            for (ComparisonRow row : reference) {
                logSum += Math.log(row.candidate().seconds() / row.baseline().seconds());
            }
            double change = (Math.exp(logSum / reference.size()) - 1) * 100;
            if (Math.abs(change) > gate.maxRegressionPercent()) {
                notes.add(String.format(
                        Locale.ROOT,
                        "the reference %s is %.1f%% %s in %s (geometric mean of %d"
                                + " rows): the machines differ; implementations are judged by their speedup over it",
                        reference.getFirst().key().implementation(),
                        Math.abs(change),
                        change > 0 ? "slower" : "faster",
                        comparison.candidates().get(i),
                        reference.size()));
            }
        }
        return notes;
    }

    /**
     * Every candidate measurement over a guard-rail's limit. Each guard-rail's implementation is read per run with
     * its SIMD mode, so an alias such as {@code raptors@auto = auto} applies to the runs made in that mode. A
     * guard-rail that matches no case in any run is a problem, or a note with {@code allowUnmatched}.
     */
    public static CheckResult guardrails(
            List<Run> candidates, List<Guardrail> guardrails, Aliases aliases, boolean allowUnmatched) {
        List<Failure> failures = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<RunIndex> indexes =
                candidates.stream().map(run -> RunIndex.of(run, aliases)).toList();
        for (Guardrail rail : guardrails) {
            boolean measured = false;
            for (RunIndex index : indexes) {
                String implementation = aliases.implementation(
                        rail.implementation(), index.run().simdMode());
                for (KeyedMeasurement km : index.entries().values()) {
                    if (!applies(rail, implementation, km.key(), aliases)) {
                        continue;
                    }
                    measured = true;
                    double millis = km.measurement().meanSeconds() * 1000;
                    if (millis > rail.maxMillis()) {
                        failures.add(new GuardrailBreach(km.key(), index.run().name(), millis, rail.maxMillis()));
                    }
                }
            }
            if (!measured) {
                unmatched.add(String.format(
                        Locale.ROOT,
                        "guard-rail %s %s %s [%s] matches no case in any checked run",
                        rail.shape(),
                        rail.dtype(),
                        rail.operation(),
                        rail.implementation()));
            }
        }
        return allowUnmatched
                ? new CheckResult(failures, List.of(), unmatched)
                : new CheckResult(failures, unmatched, List.of());
    }

    private static boolean applies(Guardrail rail, String implementation, CaseKey key, Aliases aliases) {
        return key.shape().equals(rail.shape())
                && key.dtype().equals(aliases.dtype(rail.dtype()))
                && (rail.layout() == null || key.layout().equals(aliases.layout(rail.layout())))
                && key.operation().equals(aliases.operation(rail.operation()))
                && key.implementation().equals(implementation);
    }
}
