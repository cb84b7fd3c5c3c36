package dev.benchlens.bench.table;

import dev.benchlens.cli.UsageErrors;
import dev.benchlens.format.Run;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code benchlens table}: the Markdown performance table of one artifact, as {@code docs/performance.md} shows it. */
@Command(
        name = "benchlens table",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the Markdown table of one artifact run with --bandwidth: every implementation's time,"
                    + " the candidate's GB/s and share of the bandwidth probe measured in the same run, and its ratio"
                    + " to NumPy, EJML and scalar."
        },
        footerHeading = "%nExample:%n",
        footer = "  benchlens table benchmarks/baseline_auto_20261126T142212Z.json")
public final class TableCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "ARTIFACT",
            description = "The run: a file, or a folder whose first run is" + " taken.")
    Path artifact;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "CANDIDATE",
            description = "The implementation the ratios are about; default: the run's own candidate (else auto).")
    String candidate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit code: 0 printed, 2 bad input. */
    public static int execute(String... args) {
        return new CommandLine(new TableCommand())
                .setParameterExceptionHandler(UsageErrors.oneLine())
                .execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = new RunOpener().open(List.of(artifact), LoadProgress.NONE);
        if (loaded.runs().isEmpty()) {
            loaded.problems().forEach(p -> err.println(p.location() + ": " + p.message()));
            err.flush();
            return 2;
        }
        Run run = loaded.runs().getFirst();
        String chosen = candidate != null ? candidate : run.metadata().extra().getOrDefault("candidate", "auto");
        PrintWriter out = spec.commandLine().getOut();
        out.print(PerformanceTable.markdown(run, chosen));
        out.flush();
        return 0;
    }
}
