package dev.benchlens.compare;

import dev.benchlens.format.Interval;
import dev.benchlens.match.CaseKey;
import java.util.List;

/**
 * One key compared between the baseline and one candidate.
 *
 * @param candidateIndex      index into {@link Comparison#candidates()}
 * @param timeChangePercent   (candidate time / baseline time - 1) * 100: negative is faster
 * @param significance        whether the ratio differs from 1: the test of what the ratio's basis compares
 * @param reference           whether the implementation is its runs' reference (e.g. numpy), which the others'
 *                            speedups are measured against
 * @param limits              each side's share of its own run's bandwidth probe, and what the runs recorded
 *                            differently that bears on this kernel; {@code null} when there is nothing to say
 */
public record ComparisonRow(
        CaseKey key,
        int candidateIndex,
        RunValues baseline,
        RunValues candidate,
        Ratio ratio,
        double timeChangePercent,
        Significance significance,
        BandVerdict band,
        boolean reference,
        List<Warning> warnings,
        MachineLimits limits) {

    public ComparisonRow {
        warnings = List.copyOf(warnings);
    }

    /** A row without machine limits. */
    public ComparisonRow(
            CaseKey key,
            int candidateIndex,
            RunValues baseline,
            RunValues candidate,
            Ratio ratio,
            double timeChangePercent,
            Significance significance,
            BandVerdict band,
            boolean reference,
            List<Warning> warnings) {
        this(
                key,
                candidateIndex,
                baseline,
                candidate,
                ratio,
                timeChangePercent,
                significance,
                band,
                reference,
                warnings,
                null);
    }

    /**
     * How much worse the candidate did, in percent, on the ratio's basis: (1 / ratio - 1) * 100. Positive is
     * worse: +30 is 30% slower (basis time) or a speedup over the reference 30% smaller (basis speedup).
     */
    public double changePercent() {
        return (1 / ratio.value() - 1) * 100;
    }

    /**
     * The 95% interval of {@link #changePercent()}: {@code low} its fast end, {@code high} its slow end (the most
     * slowdown the data allows); {@code null} when the ratio has no interval.
     */
    public Interval changeInterval() {
        Interval ci = ratio.ci95();
        return ci == null ? null : new Interval((1 / ci.high() - 1) * 100, (1 / ci.low() - 1) * 100);
    }

    /**
     * The smallest slowdown, in percent on the ratio's basis, that this row's spread could have shown: the change
     * whose 95% interval would just exclude no change (a two-sided test at 5%). Infinite when the row has no
     * interval, since then no slowdown could have been shown.
     */
    public double detectablePercent() {
        Interval ci = ratio.ci95();
        return ci == null ? Double.POSITIVE_INFINITY : (ci.high() / ratio.value() - 1) * 100;
    }
}
