package dev.benchlens.compare;

/** Something a reader of a result should know, carried with the result rather than logged. */
public record Warning(Kind kind, String message) {

    /** Few samples and high noise use the thresholds in {@link Thresholds}. */
    public enum Kind {
        FEW_SAMPLES,
        NOISY,
        UNKNOWN_SAMPLE_COUNT,
        ASSUMED_SAMPLE_COUNT,
        REFERENCE_MISMATCH,
        SPEEDUP_MISMATCH,
        MODE_DIFFERS,
        DUPLICATE_KEY,
        /** A run's own warning. */
        RUN,
        /** A run lost a measurement when read: its time cannot be a time. */
        DROPPED_MEASUREMENT
    }

    @Override
    public String toString() {
        return message;
    }
}
