package dev.benchlens.stats;

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
 * The CI gate: a row fails when its time got significantly slower by more than the allowed percentage, and a
 * guard-rail fails when a candidate's mean time for its key exceeds the limit.
 */
public final class RegressionCheck {

    private RegressionCheck() {
    }

    /** Rows whose time change is significant and above {@code maxRegressionPercent} (e.g. 10 for 10%). */
    public static CheckResult regressions(Comparison comparison, double maxRegressionPercent) {
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int untestable = 0;
        for (ComparisonRow row : comparison.rows()) {
            if (row.timeChangePercent() <= maxRegressionPercent) {
                continue;
            }
            if (row.significance().significant()) {
                failures.add(String.format(Locale.ROOT, "regression: %s in %s is %+.1f%% slower (p=%.3g), allowed %.1f%%",
                        row.key(), comparison.candidates().get(row.candidateIndex()), row.timeChangePercent(),
                        row.significance().pValue(), maxRegressionPercent));
            } else if (row.significance().verdict() == Significance.Verdict.NOT_TESTABLE) {
                untestable++;
            }
        }
        if (untestable > 0) {
            notes.add(untestable + " row(s) slower than allowed could not be tested (sample count or deviation"
                    + " unknown) and were not counted as failures");
        }
        return new CheckResult(failures, notes);
    }

    /** Every candidate measurement over a guard-rail's limit; a guard-rail that matches nothing is a note. */
    public static CheckResult guardrails(List<Run> candidates, List<Guardrail> guardrails, Aliases aliases) {
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Run candidate : candidates) {
            RunIndex index = RunIndex.of(candidate, aliases);
            for (Guardrail rail : guardrails) {
                boolean measured = false;
                for (KeyedMeasurement km : index.entries().values()) {
                    if (!applies(rail, km.key(), aliases)) {
                        continue;
                    }
                    measured = true;
                    double millis = km.measurement().meanSeconds() * 1000;
                    if (millis > rail.maxMillis()) {
                        failures.add(String.format(Locale.ROOT, "guard-rail: %s in %s took %.4g ms, limit %.4g ms",
                                km.key(), candidate.origin(), millis, rail.maxMillis()));
                    }
                }
                if (!measured) {
                    notes.add(String.format(Locale.ROOT, "guard-rail %s %s %s [%s] matched nothing in %s",
                            rail.shape(), rail.dtype(), rail.operation(), rail.implementation(), candidate.origin()));
                }
            }
        }
        return new CheckResult(failures, notes);
    }

    private static boolean applies(Guardrail rail, CaseKey key, Aliases aliases) {
        return key.shape().equals(rail.shape())
                && key.dtype().equals(aliases.dtype(rail.dtype()))
                && (rail.layout() == null || key.layout().equals(aliases.layout(rail.layout())))
                && key.operation().equals(aliases.operation(rail.operation()))
                && key.implementation().equals(aliases.implementation(rail.implementation(), null));
    }
}
