package dev.benchlens.compare;

import dev.benchlens.match.Aliases;
import java.util.Objects;

/**
 * How to compare: the alias table for matching, the expected bands, the significance level, and the sample count
 * to assume for measurements that record none (the upstream script's files; {@code null} assumes nothing).
 */
public record CompareOptions(Aliases aliases, ExpectedBands bands, double alpha, Integer assumedSamples) {

    public CompareOptions {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(bands, "bands");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, found " + alpha);
        }
        if (assumedSamples != null && assumedSamples < 2) {
            throw new IllegalArgumentException("an assumed sample count must be at least 2, found " + assumedSamples);
        }
    }

    public CompareOptions(Aliases aliases, ExpectedBands bands, double alpha) {
        this(aliases, bands, alpha, null);
    }

    /** The shipped aliases, no bands, alpha 0.05, no assumed sample count. */
    public static CompareOptions defaults() {
        return new CompareOptions(Aliases.defaults(), ExpectedBands.none(), Thresholds.ALPHA, null);
    }

    public CompareOptions withBands(ExpectedBands newBands) {
        return new CompareOptions(aliases, newBands, alpha, assumedSamples);
    }

    public CompareOptions withAliases(Aliases newAliases) {
        return new CompareOptions(newAliases, bands, alpha, assumedSamples);
    }

    public CompareOptions withAssumedSamples(Integer samples) {
        return new CompareOptions(aliases, bands, alpha, samples);
    }
}
