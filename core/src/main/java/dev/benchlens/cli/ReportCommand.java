package dev.benchlens.cli;

import dev.benchlens.compare.RunSummarizer;
import dev.benchlens.format.Run;
import dev.benchlens.match.Aliases;
import dev.benchlens.report.ResultFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code benchlens report RUN}: one run summarised by case. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Summarises each selected run by case: time, sample count, noise and speedup per" + " implementation.",
            "RUN is PATH[#N|#TEXT]: a file, folder or zip, optionally narrowed to its"
                    + " N-th run (1-based, in reading order) or the runs whose name contains TEXT."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens report run.json",
            "  benchlens report --format markdown results.zip#force >> \"$GITHUB_STEP_SUMMARY\""
        })
final class ReportCommand extends ReadingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN", description = "The run to summarise: PATH[#N|#TEXT].")
    String run;

    @Mixin
    FormatOptions formatOptions;

    @Override
    public Integer call() {
        Aliases aliases = shared.aliases();
        ResultFormat format = formatOptions.formatter();
        RunInputs inputs = inputs();
        List<Run> runs = inputs.load(run);
        var out = out();
        for (Run r : runs) {
            out.print(format.runSummary(RunSummarizer.summarize(r, aliases)));
        }
        out.flush();
        return exitCode(inputs);
    }
}
