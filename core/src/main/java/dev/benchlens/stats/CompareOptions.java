package dev.benchlens.stats;

import dev.benchlens.match.Aliases;

import java.util.Objects;

/**
 * How to compare: the alias table for matching, the expected bands, and the significance level.
 */
public record CompareOptions(Aliases aliases, ExpectedBands bands, double alpha) {

    public CompareOptions {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(bands, "bands");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, found " + alpha);
        }
    }

    /** The shipped aliases, no bands, alpha 0.05. */
    public static CompareOptions defaults() {
        return new CompareOptions(Aliases.defaults(), ExpectedBands.none(), Thresholds.ALPHA);
    }

    public CompareOptions withBands(ExpectedBands newBands) {
        return new CompareOptions(aliases, newBands, alpha);
    }

    public CompareOptions withAliases(Aliases newAliases) {
        return new CompareOptions(newAliases, bands, alpha);
    }
}
