package dev.benchlens.read.container;

import dev.benchlens.io.ByteSizes;

/** How many more bytes one top-level zip, with every zip inside it, may inflate to. */
final class InflateBudget {

    private final long limit;
    private long used;

    InflateBudget(long limit) {
        this.limit = limit;
    }

    void take(long bytes, String location) throws InflateLimitException {
        used += bytes;
        if (used > limit) {
            throw new InflateLimitException(
                    location,
                    "the archive inflates past " + ByteSizes.describe(limit) + " in total, as a zip bomb does; refused",
                    true);
        }
    }
}
