package dev.benchlens.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.benchlens.bench.ab.AbCommand;
import dev.benchlens.bench.suite.RunCommand;
import dev.benchlens.bench.table.TableCommand;
import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.viewer.Launcher;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Benchlens's one front door: every command is dispatched here, to the module that owns it ({@code view} to the
 * explorer, {@code run} and {@code table} to bench, the rest to core's command line), and the usage text lives here.
 * The clone's {@code ./benchlens} and {@code benchlens.cmd} and the installed program all start this class; the
 * clone's launchers run {@code test} and {@code package} themselves, since those need the sources.
 */
public final class Main {

    /** What a command does with its arguments (the command's name removed) and the streams; its exit code. */
    @FunctionalInterface
    interface Handler {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    /** A command as the usage lists it; a new command is one more of these in {@link #COMMANDS}. */
    record Command(String name, String arguments, String summary, Handler handler) {

        /** A command of core's command line, which takes its own name as the first argument. */
        static Command core(String name, String arguments, String summary) {
            return new Command(
                    name, arguments, summary, (args, out, err) -> BenchlensCli.run(with(name, args), out, err));
        }

        /** A command the clone's launcher runs itself, because it needs the sources. */
        static Command inClone(String name, String arguments, String summary) {
            return new Command(name, arguments, summary, null);
        }

        String synopsis() {
            return arguments.isEmpty() ? name : name + " " + arguments;
        }
    }

    static final List<Command> COMMANDS = List.of(
            new Command(
                    "view",
                    "[PATHS...]",
                    "open the explorer on result files, folders or zips, or the run store",
                    Main::view),
            new Command(
                    "run",
                    "[OPTIONS]",
                    "run the kernel suite and write an artifact",
                    (args, out, err) -> RunCommand.execute(args)),
            new Command(
                    "ab",
                    "[BASE] [HEAD]",
                    "build two revisions, run the suite with their forks interleaved, gate head on base",
                    (args, out, err) -> AbCommand.execute(args)),
            new Command(
                    "table",
                    "ARTIFACT",
                    "the Markdown performance table of a run made with --bandwidth",
                    (args, out, err) -> TableCommand.execute(args)),
            Command.core("report", "RUN", "summarise one run by case"),
            Command.core(
                    "compare",
                    "BASE CAND...",
                    "compare runs, matched by shape, dtype, layout, operation and implementation"),
            Command.core(
                    "check",
                    "BASE CAND...",
                    "the CI gate: exit 1 on a regression or guard-rail breach, 2 on bad input"),
            Command.core("history", "PATHS...", "each case's series over time, with its change points"),
            Command.core("fetch", "OWNER/REPO", "download the workflow's benchmark artifacts from GitHub into a cache"),
            Command.core(
                    "store", "list|show|...", "the run store of every run read (rebuild, export, import, push, pull)"),
            Command.inClone("test", "[MAVEN ARGS...]", "build and run every test (./mvnw verify; in a clone)"),
            Command.inClone(
                    "package",
                    "[TYPES...]",
                    "build this system's installers (deb, rpm, msi, dmg) under target/package (in a clone)"));

    static final String USAGE = "Usage: benchlens COMMAND [ARGS...]\n\n"
            + COMMANDS.stream().map(c -> line(c.synopsis(), c.summary())).collect(Collectors.joining())
            + line("help [COMMAND]", "this list, or a command's options")
            + line("--version", "the version")
            + """

            Each command takes --help. Documentation: docs/README.md. Installed, started with no arguments (from a
            desktop menu) it opens the explorer, and view with no path opens the sample runs installed with it.
            """;

    /** The folder of the sample runs installed with the program, which {@code view} opens when given no path. */
    static final String SAMPLES_PROPERTY = "benchlens.samples";

    /** Exit code for a command line that names no known command. */
    static final int BAD_INPUT = 2;

    /**
     * JavaFX warns on every start from a class path ("Unsupported JavaFX configuration"), which is how the clone's
     * launchers start it and which a user cannot change; the installed program links JavaFX as modules. Held here,
     * since the logging framework keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, UTF_8), new PrintWriter(System.err, true, UTF_8)));
    }

    /** Runs one command line and returns its exit code; {@code view} returns when the explorer's window closes. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        String name = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (name) {
            case "", "-h", "--help" -> usage(out);
            case "help" -> rest.length == 0 || rest[0].equals("help") ? usage(out) : help(rest[0], out, err);
            case "--version", "-V" -> BenchlensCli.run(args, out, err);
            default ->
                command(name).map(command -> dispatch(command, rest, out, err)).orElseGet(() -> unknown(name, err));
        };
    }

    private static int dispatch(Command command, String[] args, PrintWriter out, PrintWriter err) {
        if (command.handler() == null) {
            err.println("benchlens: " + command.name() + " needs the sources: run it as ./benchlens " + command.name()
                    + " in a clone of the repository");
            err.flush();
            return BAD_INPUT;
        }
        return command.handler().run(args, out, err);
    }

    private static int help(String name, PrintWriter out, PrintWriter err) {
        Optional<Command> command = command(name);
        if (command.isEmpty()) {
            return unknown(name, err);
        }
        if (command.get().handler() == null) {
            out.println("benchlens " + command.get().synopsis() + ": "
                    + command.get().summary());
            out.flush();
            return 0;
        }
        return command.get().handler().run(new String[] {"--help"}, out, err);
    }

    private static int view(String[] args, PrintWriter out, PrintWriter err) {
        JAVAFX_LOG.setFilter(record ->
                record.getMessage() == null || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        Launcher.main(viewPaths(args, System.getProperty(SAMPLES_PROPERTY)));
        return 0;
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

    private static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static int unknown(String name, PrintWriter err) {
        err.println("benchlens: unknown command '" + UntrustedText.terminal(name)
                + "' (expected " + COMMANDS.stream().map(Command::name).collect(Collectors.joining(", "))
                + ", help or --version); see 'benchlens help'");
        err.flush();
        return BAD_INPUT;
    }

    private static int usage(PrintWriter out) {
        out.print(USAGE);
        out.flush();
        return 0;
    }

    private static String line(String synopsis, String summary) {
        return String.format(Locale.ROOT, "  %-22s%s\n", synopsis, summary);
    }

    private static String[] with(String first, String[] rest) {
        String[] args = new String[rest.length + 1];
        args[0] = first;
        System.arraycopy(rest, 0, args, 1, rest.length);
        return args;
    }
}
