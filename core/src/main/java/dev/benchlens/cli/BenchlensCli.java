package dev.benchlens.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.benchlens.Benchlens;
import dev.benchlens.escape.ControlFreeWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code benchlens} command line: {@code report}, {@code compare}, {@code check}, {@code history}, {@code fetch}. */
@Command(
        name = "benchlens",
        mixinStandardHelpOptions = true,
        version = "benchlens " + Benchlens.VERSION,
        description = "Reads benchmark runs (Benchlens, upstream script or JMH JSON; files, folders, zips),"
                + " summarises and compares them.",
        subcommands = {
            ReportCommand.class,
            CompareCommand.class,
            CheckCommand.class,
            HistoryCommand.class,
            FetchCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success (check: no failure)",
            "  1  check found a regression or guard-rail breach",
            "  2  bad input: usage, missing or unreadable files, nothing loadable",
            "  3  a fault in Benchlens itself",
            "%nExamples:%n  benchlens compare docker.json native.json --expect simd=25..80,auto=15..60",
            "  benchlens help compare"
        })
public final class BenchlensCli implements Runnable {

    /** Exit code of {@code check} when it finds a failure. */
    static final int CHECK_FAILED = 1;
    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code for a fault in Benchlens itself. */
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, UTF_8), new PrintWriter(System.err, true, UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter givenOut, PrintWriter givenErr) {
        // Whatever a command prints, no terminal control sequence from a name in a file gets through.
        PrintWriter out = new PrintWriter(new ControlFreeWriter(givenOut), true);
        PrintWriter err = new PrintWriter(new ControlFreeWriter(givenErr), true);
        CommandLine cli = new CommandLine(new BenchlensCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e, err));
        cli.setParameterExceptionHandler(UsageErrors.oneLine());
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable e) { // an Error (out of memory) must not leave through the JVM's own exit code 1
            code = Failures.report(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: report, compare or check");
    }
}
