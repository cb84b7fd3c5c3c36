package dev.benchlens.compare;

/**
 * Whether a row's ratio differs from 1, and by which test: changed (tested and significant), unchanged (tested,
 * not significant) or untested (no test could decide, with the reason).
 *
 * @param pValue NaN when not tested
 * @param reason why the row is untested; empty otherwise
 */
public record Significance(Test test, double pValue, Verdict verdict, String reason) {

    /** The test used. */
    public enum Test {
        MANN_WHITNEY_U,
        WELCH_LOG_T,
        NONE
    }

    /** The outcome at the comparison's alpha; the three are never mixed. */
    public enum Verdict {
        CHANGED(""),
        UNCHANGED("~"),
        UNTESTED("?");

        private final String symbol;

        Verdict(String symbol) {
            this.symbol = symbol;
        }

        /** What tables print beside the change: {@code ~} as benchstat does, {@code ?} when untested. */
        public String symbol() {
            return symbol;
        }
    }

    public Significance {
        reason = reason == null ? "" : reason;
    }

    static Significance tested(Test test, double pValue, double alpha) {
        return new Significance(test, pValue, pValue < alpha ? Verdict.CHANGED : Verdict.UNCHANGED, "");
    }

    public static Significance untested(String reason) {
        return new Significance(Test.NONE, Double.NaN, Verdict.UNTESTED, reason);
    }

    public boolean significant() {
        return verdict == Verdict.CHANGED;
    }

    public boolean tested() {
        return verdict != Verdict.UNTESTED;
    }
}
