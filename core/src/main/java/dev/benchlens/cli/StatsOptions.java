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
        checked("--alpha", () -> CompareOptions.checkAlpha(alpha));
        checked("--assume-samples", () -> CompareOptions.checkAssumedSamples(assumeSamples));
        return new CompareOptions(aliases, ExpectedBands.none(), alpha, assumeSamples);
    }

    /** Runs one option's check, so that a refusal names the option it came from. */
    private static void checked(String option, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }
}
