package dev.benchlens.check;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RatioBasis;
import dev.benchlens.format.Interval;
import dev.benchlens.match.CaseKey;
import java.util.Locale;

/**
 * One row the gate judged, with what the data can show about it: its change and the change's 95% interval, the
 * smallest slowdown it could have detected, and its verdict.
 *
 * @param run               the candidate's name
 * @param changePercent     how much slower on the row's basis, e.g. 30 for 30% (negative is faster)
 * @param changeInterval    the change's 95% interval, its slow end {@code high}; {@code null} when there is none
 * @param detectablePercent the smallest slowdown the row could have shown; infinite when it could show none
 * @param relativeTo        the reference implementation the change is relative to; {@code null} for times
 * @param pValue            the test's p-value; NaN when untested
 * @param thresholdPercent  the largest slowdown the gate allowed
 * @param fails             whether the row fails the gate
 */
public record GatedRow(
        CaseKey key,
        String run,
        double changePercent,
        Interval changeInterval,
        double detectablePercent,
        String relativeTo,
        double pValue,
        GateVerdict verdict,
        double thresholdPercent,
        boolean fails) {

    static GatedRow of(ComparisonRow row, Comparison comparison, double thresholdPercent) {
        GateVerdict verdict = GateVerdict.of(row, thresholdPercent);
        return new GatedRow(
                row.key(),
                comparison.candidates().get(row.candidateIndex()),
                row.changePercent(),
                row.changeInterval(),
                row.detectablePercent(),
                row.ratio().basis() == RatioBasis.SPEEDUP ? row.candidate().speedupReference() : null,
                row.significance().pValue(),
                verdict,
                thresholdPercent,
                verdict.fails(row.changePercent(), thresholdPercent));
    }

    /** The verdict as this row's label, e.g. {@code inconclusive, judged by its magnitude}. */
    public String label() {
        return verdict.label(changePercent, thresholdPercent);
    }

    /**
     * E.g. {@code 512x512 float32 sum [simd] in pr: 30.0% slower relative to numpy [-8.5%, +71.0%], could detect ≥
     * 41.2%}.
     */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%s in %s: %s%s%s, %s",
                key,
                run,
                change(changePercent),
                relativeTo == null ? "" : " relative to " + relativeTo,
                changeInterval == null ? "" : " " + interval(changeInterval),
                GateVerdict.detectable(detectablePercent));
    }

    /** {@code 30.0% slower} or {@code 2.0% faster}. */
    public static String change(double percent) {
        return String.format(Locale.ROOT, "%.1f%% %s", Math.abs(percent), percent < 0 ? "faster" : "slower");
    }

    /** The change's interval as signed percentages, e.g. {@code [-8.5%, +71.0%]}. */
    public static String interval(Interval percent) {
        return String.format(Locale.ROOT, "[%+.1f%%, %+.1f%%]", percent.low(), percent.high());
    }
}
