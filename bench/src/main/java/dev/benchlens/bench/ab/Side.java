package dev.benchlens.bench.ab;

import java.util.Locale;

/** The two sides of an interleaved run: the revision compared against, and the one judged. */
public enum Side {
    BASE,
    HEAD;

    /** {@code base} or {@code head}: the word in run names, file names and progress lines. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
