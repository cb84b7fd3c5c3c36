package dev.benchlens.check;

import dev.benchlens.match.CaseKey;
import java.util.Locale;

/**
 * A gated row that fails against the baseline run: a regression, or an inconclusive row whose estimate is beyond
 * the threshold (judged by its magnitude, since the gate fails closed).
 *
 * @param row       the row with its verdict
 * @param judgement the test's p-value, or why no test could decide
 */
public record Regression(GatedRow row, Judgement judgement) implements Failure {

    @Override
    public CaseKey key() {
        return row.key();
    }

    @Override
    public String run() {
        return row.run();
    }

    public double changePercent() {
        return row.changePercent();
    }

    /** The threshold. */
    public double allowedPercent() {
        return row.thresholdPercent();
    }

    /** {@code regression} or {@code inconclusive, judged by its magnitude}. */
    public String label() {
        return row.label();
    }

    /** E.g. {@code (p=0.0079)}, {@code (p=0.13, not significant)} or {@code (untested: sample count unknown)}. */
    public String test() {
        if (!judgement.tested()) {
            return "untested: " + judgement.untestedReason();
        }
        String p = String.format(Locale.ROOT, "p=%.3g", judgement.pValue());
        return row.verdict() == GateVerdict.REGRESSION ? p : p + ", not significant";
    }

    /**
     * E.g. {@code regression: 2048x2048 float32 mean_axis0 [raptors] in pr: 30.0% slower [+21.0%, +40.2%] relative
     * to numpy, could detect ≥ 6.1%, allowed 10.0% (p=0.0079)}.
     */
    @Override
    public String message() {
        return String.format(
                Locale.ROOT, "%s: %s, allowed %.1f%% (%s)", label(), row.describe(), allowedPercent(), test());
    }
}
