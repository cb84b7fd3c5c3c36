package dev.benchlens.compare;

/** What a row's ratio compares. */
public enum RatioBasis {
    /** Candidate's speedup / baseline's speedup, both against the same reference implementation. */
    SPEEDUP,
    /** Baseline time / candidate time, used when either side has no speedup against a common reference. */
    TIME;

    public String label() {
        return this == SPEEDUP ? "speedup" : "time";
    }
}
