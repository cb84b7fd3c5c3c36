package dev.benchlens.cli;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ExpectedBands;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Run;
import dev.benchlens.identity.BaselineChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code benchlens compare BASELINE CANDIDATE...}: the side-by-side table. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compares one baseline run with one or more candidate runs, matched by shape, dtype, layout,"
                    + " operation and implementation (after aliases).",
            "Each argument is PATH[#N|#TEXT]: a file, folder or zip, optionally narrowed to its N-th run"
                    + " (1-based, in reading order) or the runs whose name contains TEXT. The baseline must select"
                    + " exactly one run; every run a candidate argument selects is a candidate."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens compare docker.json native.json",
            "  benchlens compare docker.json native.json --expect simd=25..80,auto=15..60",
            "  benchlens compare -f markdown a.json b.json >> \"$GITHUB_STEP_SUMMARY\"",
            "  benchlens compare -f csv out.zip#docker out.zip#force out.zip#auto",
            "  benchlens compare --aliases my.properties -f json base.json new.json"
        })
final class CompareCommand extends ReadingCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The run to compare against: PATH[#N|#TEXT].")
    String baseline;

    @Parameters(
            index = "1..*",
            arity = "0..*",
            paramLabel = "CANDIDATE",
            description = "One or more runs to compare with the baseline.")
    List<String> candidates;

    @Option(
            names = "--expect",
            paramLabel = "BANDS",
            description = "Expected ratio band per implementation, e.g. simd=25..80,auto=15..60; each row is"
                    + " marked inside, below or above.")
    String expect;

    @Option(
            names = "--pick-baseline",
            description = "Choose the baseline among all the runs given, by the explorer's rule: the Docker run when"
                    + " there is one, else the oldest; the others follow oldest first, so argument order does not"
                    + " matter.")
    boolean pickBaseline;

    @Option(
            names = "--max-regression",
            paramLabel = "PERCENT",
            defaultValue = "10%",
            description = "The threshold each row's gate verdict is judged at, as check would (regression, within or"
                    + " inconclusive); compare itself never fails (default: ${DEFAULT-VALUE}).")
    String maxRegression;

    @Mixin
    FormatOptions formatOptions;

    @Mixin
    StatsOptions statsOptions;

    @Override
    public Integer call() {
        if (!pickBaseline && (candidates == null || candidates.isEmpty())) {
            throw new UserError("compare needs a BASELINE and at least one CANDIDATE (or --pick-baseline with runs"
                    + " to choose from)");
        }
        ExpectedBands bands = parseBands(expect);
        CompareOptions options = statsOptions
                .options(shared.aliases())
                .withBands(bands)
                .withMaxRegression(CheckCommand.percent(maxRegression));
        var format = formatOptions.formatter();
        List<String> arguments = new ArrayList<>(List.of(baseline));
        if (candidates != null) {
            arguments.addAll(candidates);
        }
        RunInputs inputs = inputs();
        List<List<Run>> loaded = inputs.loadAll(arguments);
        Run base;
        List<Run> runs;
        if (pickBaseline) {
            BaselineChoice choice =
                    BaselineChoice.among(loaded.stream().flatMap(List::stream).toList());
            spec.commandLine().getErr().println("baseline: " + choice.baseline().name() + ", " + choice.reason());
            base = choice.baseline();
            runs = choice.candidates();
        } else {
            base = RunInputs.only(loaded.getFirst(), baseline, "baseline");
            runs = loaded.subList(1, loaded.size()).stream()
                    .flatMap(List::stream)
                    .toList();
        }
        Comparison comparison = RunComparator.compare(base, runs, options);
        out().print(format.comparison(comparison));
        out().flush();
        return exitCode(inputs);
    }

    private static ExpectedBands parseBands(String text) {
        if (text == null) {
            return ExpectedBands.none();
        }
        try {
            return ExpectedBands.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--expect: " + e.getMessage());
        }
    }
}
