package dev.benchlens.check;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RatioBasis;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.match.Aliases;
import dev.benchlens.match.CaseKey;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.RunIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CI gate, which fails closed. A row is judged on its ratio's basis: an implementation's speedup over its run's
 * own reference when both runs have one (what a code change moves, and it cancels the machine), its time otherwise.
 * A row worse than the threshold fails when the change is significant, passes when it was tested and is not, and
 * fails by its magnitude alone when it could not be tested. The reference implementation is reported, not gated.
 */
public final class RegressionCheck {

    private RegressionCheck() {}

    public static CheckResult regressions(Comparison comparison, GateOptions gate) {
        List<Failure> failures = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (comparison.rows().isEmpty()) {
            problems.add("no case matched between the baseline and any candidate, so nothing was checked");
            return new CheckResult(failures, problems, notes);
        }
        int gated = 0;
        int untestedWithin = 0;
        int notGated = 0;
        for (ComparisonRow row : comparison.rows()) {
            if (!gate.gates(row)) {
                notGated += row.reference() ? 0 : 1;
                continue;
            }
            gated++;
            double change = row.changePercent();
            if (change <= gate.maxRegressionPercent()) {
                untestedWithin += row.significance().tested() ? 0 : 1;
                continue;
            }
            switch (row.significance().verdict()) {
                case CHANGED ->
                    failures.add(regression(
                            row,
                            comparison,
                            gate,
                            Judgement.tested(row.significance().pValue())));
                case UNCHANGED -> {}
                case UNTESTED -> {
                    Regression untested = regression(
                            row,
                            comparison,
                            gate,
                            Judgement.untested(row.significance().reason()));
                    if (gate.allowUntested()) {
                        notes.add(untested.message());
                    } else {
                        failures.add(untested);
                    }
                }
            }
        }
        if (gated == 0) {
            problems.add("no matched row is of an implementation the gate judges (the reference is not gated"
                    + (gate.only().isEmpty() ? "" : ", and only " + String.join(", ", gate.only()) + " are")
                    + "): nothing was checked");
        }
        if (notGated > 0) {
            notes.add(notGated + " row(s) of peers reported, not gated (only "
                    + String.join(", ", new java.util.TreeSet<>(gate.only())) + " are)");
        }
        if (untestedWithin > 0) {
            notes.add(untestedWithin + " untested row(s) within the threshold by magnitude");
        }
        notes.addAll(referenceMoves(comparison, gate));
        return new CheckResult(failures, problems, notes);
    }

    private static Regression regression(
            ComparisonRow row, Comparison comparison, GateOptions gate, Judgement judgement) {
        String relativeTo =
                row.ratio().basis() == RatioBasis.SPEEDUP ? row.candidate().speedupReference() : null;
        return new Regression(
                row.key(),
                comparison.candidates().get(row.candidateIndex()),
                row.changePercent(),
                relativeTo,
                gate.maxRegressionPercent(),
                judgement);
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
