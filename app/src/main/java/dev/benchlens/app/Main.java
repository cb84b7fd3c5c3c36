package dev.benchlens.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.benchlens.bench.ab.AbCommand;
import dev.benchlens.bench.suite.RunCommand;
import dev.benchlens.bench.table.TableCommand;
import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.viewer.Launcher;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;

/**
 * The installed {@code benchlens} program: one entry point for every user command, handing each to the module
 * that owns it ({@code view} to the explorer, {@code run} to the suite runner, the rest to core's command line).
 * The clone's {@code ./benchlens} launcher starts the modules directly and adds {@code test}, which needs sources.
 */
public final class Main {

    static final String USAGE = """
            Usage: benchlens COMMAND [ARGS...]

              view [PATHS...]       open the explorer on result files, folders or zips
              run [OPTIONS]         run the kernel suite and write an artifact
              ab [BASE] [HEAD]      build two revisions, run the suite with their forks interleaved, gate head
              table ARTIFACT        the Markdown performance table of a run made with --bandwidth
              report RUN            summarise one run by case
              compare BASE CAND...  compare runs, matched by shape, dtype, layout, operation and implementation
              check BASE CAND...    the CI gate: exit 1 on a regression or guard-rail breach, 2 on bad input
              history PATHS...      each case's series over time, with its change points
              fetch OWNER/REPO      download the workflow's benchmark artifacts from GitHub into a cache
              help [COMMAND]        this list, or a command's options
              --version             the version

            Each command takes --help. Started with no arguments from a desktop menu, it opens the explorer.
            Installed, view with no path opens the sample runs installed with it.
            """;

    /** The folder of the sample runs installed with the program, which {@code view} opens when given no path. */
    static final String SAMPLES_PROPERTY = "benchlens.samples";

    /** Exit code for a command line that names no known command. */
    static final int BAD_INPUT = 2;

    private static final Set<String> CORE_COMMANDS =
            Set.of("report", "compare", "check", "history", "fetch", "--version", "-V");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, UTF_8), new PrintWriter(System.err, true, UTF_8)));
    }

    /** Runs one command line and returns its exit code; {@code view} returns when the explorer's window closes. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        if (CORE_COMMANDS.contains(command)) {
            return BenchlensCli.run(args, out, err);
        }
        return switch (command) {
            case "", "-h", "--help" -> usage(out);
            case "help" -> rest.length == 0 ? usage(out) : run(new String[] {rest[0], "--help"}, out, err);
            case "view" -> {
                Launcher.main(viewPaths(rest, System.getProperty(SAMPLES_PROPERTY)));
                yield 0;
            }
            case "run" -> RunCommand.execute(rest);
            case "ab" -> AbCommand.execute(rest);
            case "table" -> TableCommand.execute(rest);
            default -> {
                err.println(
                        "benchlens: unknown command '" + command
                                + "' (expected view, run, ab, table, report, compare, check, history, fetch, help or --version)");
                yield BAD_INPUT;
            }
        };
    }

    /**
     * What {@code view} opens: the paths given, or with none the sample runs installed with the program, as the
     * clone's launcher opens sample-results/ (the packages set the property to their copy of it).
     */
    static String[] viewPaths(String[] given, String installedSamples) {
        if (given.length > 0 || installedSamples == null || installedSamples.isBlank()) {
            return given;
        }
        return new String[] {installedSamples};
    }

    private static int usage(PrintWriter out) {
        out.print(USAGE);
        out.flush();
        return 0;
    }
}
