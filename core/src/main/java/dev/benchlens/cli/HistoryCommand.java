package dev.benchlens.cli;

import dev.benchlens.format.Run;
import dev.benchlens.history.ChangePointOptions;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.report.ReportFormat;
import dev.benchlens.report.history.HistoryFormat;
import java.util.List;
import java.util.Locale;
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
            "Orders the runs of each environment (runner, SIMD mode and kind of file) by time, builds the"
                    + " series of every case and implementation (its speedup over the in-run reference, else its"
                    + " operations per second) and finds its change points by E-divisive means with a Student t-test on"
                    + " each split, as Apache Otava does. Each change is reported with the first run after it, the"
                    + " ratio after/before (above 1 is better) with its interval, and p.",
            "Arguments are files, folders and zips as for compare (PATH[#N|#TEXT]); fetched GitHub artifacts"
                    + " carry their run's facts."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens history ~/.cache/benchlens/github/acme/kernels",
            "  benchlens history --repo acme/kernels --environment github-actions",
            "  benchlens history -f csv --max-p 0.0001 --min-magnitude 5%% runs/",
            "  benchlens history -f markdown --assume-samples 5 runs/ >> \"$GITHUB_STEP_SUMMARY\""
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
            description = "markdown, text, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--max-p",
            paramLabel = "P",
            defaultValue = "0.001",
            description = "Largest p-value of the t-test on a split for it to count as a change"
                    + " (default: ${DEFAULT-VALUE}, Otava's).")
    double maxP;

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
            description = "time (by the runs' recorded times) or given (the order of the arguments and of the runs"
                    + " in them, e.g. commit order).")
    String order;

    @Mixin
    StatsOptions statsOptions;

    @Override
    public Integer call() {
        HistoryFormat formatter;
        try {
            formatter = HistoryFormat.of(ReportFormat.parse(format));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        HistoryOptions options = options();
        RunInputs inputs = inputs();
        List<Run> runs = HistoryRuns.gather(
                arguments,
                inputs,
                storeOption.optional(spec.commandLine().getErr()),
                filterOptions.filter(),
                spec.commandLine().getErr());
        History history = Histories.of(runs, options);
        out().print(formatter.history(history));
        out().flush();
        return exitCode(inputs);
    }

    HistoryOptions options() {
        String chosen = order.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("time") && !chosen.equals("given")) {
            throw new UserError("--order: expected time or given, found '" + order + "'");
        }
        var compare = statsOptions.options(shared.aliases());
        try {
            ChangePointOptions detection = new ChangePointOptions(
                    maxP, CheckCommand.percent(minMagnitude, "--min-magnitude") / 100, 1 - compare.alpha());
            return new HistoryOptions(compare, detection, chosen.equals("given"));
        } catch (IllegalArgumentException e) {
            throw new UserError(
                    (e.getMessage().contains("p-value") ? "--max-p: " : "--min-magnitude: ") + e.getMessage());
        }
    }
}
