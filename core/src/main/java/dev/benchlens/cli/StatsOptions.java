package dev.benchlens.cli;

import dev.benchlens.match.Aliases;
import dev.benchlens.stats.CompareOptions;
import dev.benchlens.stats.ExpectedBands;
import picocli.CommandLine.Option;

/** The significance level option of {@code compare} and {@code check}. */
final class StatsOptions {

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "0.05",
            description = "Significance level of the two-sided tests (default: ${DEFAULT-VALUE}).")
    double alpha;

    CompareOptions options(Aliases aliases) {
        try {
            return new CompareOptions(aliases, ExpectedBands.none(), alpha);
        } catch (IllegalArgumentException e) {
            throw new UserError("--alpha: " + e.getMessage());
        }
    }
}
