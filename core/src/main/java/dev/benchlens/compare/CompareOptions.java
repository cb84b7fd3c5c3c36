package dev.benchlens.compare;

import dev.benchlens.match.Aliases;
import java.util.Objects;

/**
 * How to compare: the alias table for matching, the expected bands, the significance level, the sample count to
 * assume for measurements that record none (the upstream script's files; {@code null} assumes nothing), and the
 * largest slowdown a row's gate verdict allows (regression, within or inconclusive).
 */
public record CompareOptions(
        Aliases aliases, ExpectedBands bands, double alpha, Integer assumedSamples, double maxRegressionPercent) {

    public CompareOptions {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(bands, "bands");
        checkAlpha(alpha);
        checkAssumedSamples(assumedSamples);
        if (!(maxRegressionPercent >= 0) || !Double.isFinite(maxRegressionPercent)) {
            throw new IllegalArgumentException("a regression threshold must be a finite percentage of at least 0,"
                    + " found " + maxRegressionPercent);
        }
    }

    /** Refuses a significance level outside (0, 1) with an {@link IllegalArgumentException}. */
    public static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, found " + alpha);
        }
    }

    /** Refuses an assumed sample count below 2 ({@code null}, none assumed, is fine). */
    public static void checkAssumedSamples(Integer assumedSamples) {
        if (assumedSamples != null && assumedSamples < 2) {
            throw new IllegalArgumentException("an assumed sample count must be at least 2, found " + assumedSamples);
        }
    }

    public CompareOptions(Aliases aliases, ExpectedBands bands, double alpha, Integer assumedSamples) {
        this(aliases, bands, alpha, assumedSamples, Thresholds.MAX_REGRESSION_PERCENT);
    }

    public CompareOptions(Aliases aliases, ExpectedBands bands, double alpha) {
        this(aliases, bands, alpha, null, Thresholds.MAX_REGRESSION_PERCENT);
    }

    /** The shipped aliases, no bands, alpha 0.05, no assumed sample count, verdicts at a 10% threshold. */
    public static CompareOptions defaults() {
        return new CompareOptions(
                Aliases.defaults(), ExpectedBands.none(), Thresholds.ALPHA, null, Thresholds.MAX_REGRESSION_PERCENT);
    }

    public CompareOptions withBands(ExpectedBands newBands) {
        return new CompareOptions(aliases, newBands, alpha, assumedSamples, maxRegressionPercent);
    }

    public CompareOptions withAliases(Aliases newAliases) {
        return new CompareOptions(newAliases, bands, alpha, assumedSamples, maxRegressionPercent);
    }

    public CompareOptions withAssumedSamples(Integer samples) {
        return new CompareOptions(aliases, bands, alpha, samples, maxRegressionPercent);
    }

    /** These options with the threshold the rows' gate verdicts are judged at. */
    public CompareOptions withMaxRegression(double percent) {
        return new CompareOptions(aliases, bands, alpha, assumedSamples, percent);
    }
}
