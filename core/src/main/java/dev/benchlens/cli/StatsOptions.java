package dev.benchlens.cli;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.ExpectedBands;
import dev.benchlens.match.Aliases;
import picocli.CommandLine.Option;

/** The statistics options of {@code compare} and {@code check}: significance level and assumed sample count. */
final class StatsOptions {

    @Option(
            names = "--alpha",
            paramLabel = "P",
            defaultValue = "0.05",
            description = "Significance level of the two-sided tests (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(
            names = "--assume-samples",
            paramLabel = "N",
            description = "Take each mean of a file that records no sample count (the upstream script's) to come"
                    + " from N timed samples, so that its rows get Welch intervals and tests from the recorded means"
                    + " and deviations. The upstream workflow times --repeats 7 and keeps 5 (drops the fastest and"
                    + " slowest): use 5. Without it such rows are untested.")
    Integer assumeSamples;

    CompareOptions options(Aliases aliases) {
        try {
            return new CompareOptions(aliases, ExpectedBands.none(), alpha, assumeSamples);
        } catch (IllegalArgumentException e) {
            throw new UserError(
                    (e.getMessage().contains("alpha") ? "--alpha: " : "--assume-samples: ") + e.getMessage());
        }
    }
}
