package dev.benchlens.stats;

/**
 * Whether the implementation's time changed between the baseline and a candidate, and by which test.
 *
 * @param pValue NaN when not tested
 */
public record Significance(Test test, double pValue, Verdict verdict) {

    /** The test used. */
    public enum Test { MANN_WHITNEY_U, WELCH_LOG_T, NONE }

    /** The outcome at the comparison's alpha. */
    public enum Verdict {
        SIGNIFICANT(""), NOT_SIGNIFICANT("~"), NOT_TESTABLE("?");

        private final String symbol;

        Verdict(String symbol) {
            this.symbol = symbol;
        }

        /** What tables print beside the change: {@code ~} as benchstat does, {@code ?} when it cannot be told. */
        public String symbol() {
            return symbol;
        }
    }

    public static Significance untestable() {
        return new Significance(Test.NONE, Double.NaN, Verdict.NOT_TESTABLE);
    }

    public boolean significant() {
        return verdict == Verdict.SIGNIFICANT;
    }
}
