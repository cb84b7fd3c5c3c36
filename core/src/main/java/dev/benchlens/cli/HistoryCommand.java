package dev.benchlens.cli;

import dev.benchlens.format.Run;
import dev.benchlens.history.ChangePointOptions;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.history.RunOrder;
import dev.benchlens.history.SelfTest;
import dev.benchlens.report.ReportFormat;
import dev.benchlens.report.history.HistoryFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code benchlens history RUNS...}: the change points of every case and implementation over many runs. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "Groups the runs by environment (kind, architecture, SIMD mode and upstream role, never the file's"
                    + " name), orders each group by time, builds the series of every case and implementation (its"
                    + " speedup over the in-run reference, else its operations per second) and finds its change"
                    + " points by binary segmentation, with p-values that hold for the search over every cut."
                    + " Each change is reported with the first run after it, the ratio after/before (above 1 is"
                    + " better) with its interval, p, and its cause when the recorded environment changed there.",
            "Arguments are files, folders and zips as for compare (PATH[#N|#TEXT]); fetched GitHub artifacts"
                    + " carry their run's facts."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens history ~/.cache/benchlens/github/acme/kernels",
            "  benchlens history --repo acme/kernels --environment github-actions",
            "  benchlens history -f csv --max-p 0.0001 --min-magnitude 5%% runs/",
            "  benchlens history -f markdown --assume-samples 5 runs/ >> \"$GITHUB_STEP_SUMMARY\"",
            "  benchlens history --self-test runs/"
        })
final class HistoryCommand extends ReadingCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "RUNS",
            arity = "0..*",
            description = "Files, folders or zips holding the runs; the store adds the runs of the same repository"
                    + " that they no longer hold. None: every stored run.")
    List<String> arguments = List.of();

    @Mixin
    RunFilterOptions filterOptions;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = OptionWords.Format.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(
            names = "--max-p",
            paramLabel = "P",
            defaultValue = "0.001",
            description = "Largest p-value of a change point, corrected for the search over every cut: the"
                    + " chance of a change point in a step-free series (default: ${DEFAULT-VALUE}).")
    double maxP;

    @Option(
            names = "--weak-p",
            paramLabel = "P",
            defaultValue = "0.05",
            description = "Change points with p between --max-p and this are listed apart as weak, never counted"
                    + " by check --history (default: ${DEFAULT-VALUE}).")
    double weakP;

    @Option(
            names = "--min-segment",
            paramLabel = "RUNS",
            defaultValue = "5",
            description = "Fewest runs on each side of a change point (default: ${DEFAULT-VALUE}).")
    int minSegment;

    @Option(
            names = "--self-test",
            description = "Instead of the change points: take them out of each series, put in steps of 5%%, 10%%"
                    + " and 20%% at random runs, and print per group of runs how many are found and how many"
                    + " change points appear elsewhere: what this history can see.")
    boolean selfTest;

    @Option(
            names = "--min-magnitude",
            paramLabel = "PERCENT",
            defaultValue = "0",
            description = "Smallest relative change to report, e.g. 5%% (default: ${DEFAULT-VALUE}).")
    String minMagnitude;

    @Option(
            names = "--order",
            paramLabel = "ORDER",
            defaultValue = "time",
            converter = OptionWords.Order.class,
            description = "${COMPLETION-CANDIDATES}: time by the runs' recorded times, given in the order of the"
                    + " arguments and of the runs in them, e.g. commit order (default: ${DEFAULT-VALUE}).")
    RunOrder order;

    @Mixin
    StatsOptions statsOptions;

    @Override
    public Integer call() {
        HistoryFormat formatter = HistoryFormat.of(format);
        HistoryOptions options = options();
        RunInputs inputs = inputs();
        List<Run> runs = HistoryRuns.gather(
                arguments,
                inputs,
                storeOption.optional(spec.commandLine().getErr()),
                filterOptions.filter(),
                spec.commandLine().getErr());
        History history = Histories.of(runs, options);
        out().print(
                        selfTest
                                ? formatter.selfTest(SelfTest.of(history, SelfTest.DEFAULT_SEED))
                                : formatter.history(history));
        out().flush();
        return exitCode(inputs);
    }

    private static String optionOf(ChangePointOptions.Setting setting) {
        return switch (setting) {
            case MAX_P -> "--max-p";
            case WEAK_P -> "--weak-p";
            case MIN_MAGNITUDE -> "--min-magnitude";
            case MIN_SEGMENT -> "--min-segment";
            case LEVEL -> "--alpha";
        };
    }

    HistoryOptions options() {
        var compare = statsOptions.options(shared.aliases());
        try {
            ChangePointOptions detection = new ChangePointOptions(
                    maxP,
                    weakP,
                    CheckCommand.percent(minMagnitude, "--min-magnitude") / 100,
                    minSegment,
                    1 - compare.alpha());
            return new HistoryOptions(compare, detection, order);
        } catch (ChangePointOptions.Refused e) {
            throw new UserError(optionOf(e.setting()) + ": " + e.getMessage());
        }
    }
}
