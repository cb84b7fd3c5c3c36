package dev.benchlens.check;

import java.util.Locale;

/**
 * How a row worse than the threshold was judged: by a test that found the change significant, or, when no test
 * could decide, by its magnitude alone (the gate fails closed).
 *
 * @param pValue         the test's p-value; {@code null} when untested
 * @param untestedReason why no test could decide; {@code null} when tested
 */
public record Judgement(Double pValue, String untestedReason) {

    public Judgement {
        if ((pValue == null) == (untestedReason == null)) {
            throw new IllegalArgumentException(
                    "a judgement is either tested, with a p-value, or untested, with a reason");
        }
    }

    public static Judgement tested(double pValue) {
        return new Judgement(pValue, null);
    }

    public static Judgement untested(String reason) {
        return new Judgement(null, reason);
    }

    public boolean tested() {
        return pValue != null;
    }

    /** {@code what} as the line of a failure judged this way. */
    String line(String what) {
        return tested()
                ? "regression: " + what + String.format(Locale.ROOT, " (p=%.3g)", pValue)
                : "untested, judged by its magnitude: " + what + " (" + untestedReason + ")";
    }
}
