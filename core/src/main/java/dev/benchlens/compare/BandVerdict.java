package dev.benchlens.compare;

/** Where a row's ratio lies relative to the expected band of its implementation. */
public enum BandVerdict {
    INSIDE,
    BELOW,
    ABOVE,
    NO_BAND;

    /** The word tables print; empty when there is no band. */
    public String label() {
        return this == NO_BAND ? "" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
