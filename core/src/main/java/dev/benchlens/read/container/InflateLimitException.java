package dev.benchlens.read.container;

import java.io.IOException;

/**
 * A zip entry inflated past a {@link dev.benchlens.read.limits.LoadLimits} limit, as a zip bomb would.
 *
 * @see EntryInput
 */
final class InflateLimitException extends IOException {

    private final String location;
    private final boolean wholeArchive;

    InflateLimitException(String location, String message, boolean wholeArchive) {
        super(message);
        this.location = location;
        this.wholeArchive = wholeArchive;
    }

    String location() {
        return location;
    }

    /** True when the limit is the top-level archive's total, which every zip nested in it shares. */
    boolean wholeArchive() {
        return wholeArchive;
    }
}
