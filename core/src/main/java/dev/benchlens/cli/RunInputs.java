package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Run;
import dev.benchlens.io.IoMessages;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.Reading;
import dev.benchlens.store.Indexer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads run arguments for a command: one progress line per file and one line per problem on stderr, and counts the
 * problems so that a command can decide its exit code.
 */
final class RunInputs {

    private final PrintWriter err;
    private final boolean quiet;
    private final RunOpener opener;
    private final AtomicInteger problems = new AtomicInteger();

    /** Reads with {@code indexer} keeping every run read in the run store. */
    RunInputs(PrintWriter err, boolean quiet, Indexer indexer) {
        this.err = err;
        this.quiet = quiet;
        this.opener = new RunOpener(indexer);
    }

    RunInputs(PrintWriter err, boolean quiet) {
        this(err, quiet, Indexer.NONE);
    }

    /**
     * The runs an argument selects, named apart from each other; fails (exit 2) when the path is missing or nothing
     * loadable is selected.
     */
    List<Run> load(String argument) {
        return loadAll(List.of(argument)).getFirst();
    }

    /**
     * The runs of each argument, in argument order, read side by side as core's {@link Reading} spreads them (two
     * large artifacts on two cores load in the time of one), and named together.
     */
    List<List<Run>> loadAll(List<String> arguments) {
        List<RunSelector> selectors = arguments.stream().map(RunSelector::parse).toList();
        for (RunSelector selector : selectors) {
            if (!Files.exists(selector.path())) {
                throw new UserError(selector.path() + ": " + IoMessages.whyMissing(selector.path()));
            }
        }
        List<LoadResult> results = opener.readEach(
                        selectors.stream().map(RunSelector::path).toList(), Reading.OWN_THREADS, new Printed())
                .await();
        List<List<Run>> read = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            LoadResult result = results.get(i);
            if (result.runs().isEmpty()) {
                throw new UserError(selectors.get(i).path() + ": no loadable run found" + why(result));
            }
            read.add(selectors.get(i).pick(result.runs()));
        }
        // Named together, as the explorer names them when it opens the same paths.
        List<Run> named = RunOpener.named(read.stream().flatMap(List::stream).toList());
        List<List<Run>> byArgument = new ArrayList<>(read.size());
        int from = 0;
        for (List<Run> runs : read) {
            byArgument.add(named.subList(from, from + runs.size()));
            from += runs.size();
        }
        return byArgument;
    }

    /** One progress line per file read and one line per problem on stderr, as each path is done. */
    private final class Printed implements Reading.Listener {
        @Override
        public void fileRead(int path, String location, int done, int total) {
            if (!quiet) {
                synchronized (err) {
                    err.println("read " + UntrustedText.terminalLine(location) + " (" + done + "/" + total + ")");
                    err.flush();
                }
            }
        }

        @Override
        public void finished(int path, LoadResult result) {
            synchronized (err) {
                result.problems().forEach(p -> err.println(UntrustedText.terminalLine(p.toString())));
                result.notes().forEach(n -> err.println("note: " + UntrustedText.terminalLine(n.toString())));
                err.flush();
            }
            problems.addAndGet(result.problems().size());
        }
    }

    /** Why nothing was loaded: the problems printed above, or else what was skipped and why. */
    private static String why(LoadResult result) {
        if (!result.problems().isEmpty()) {
            return ": " + result.problems().size() + " file(s) could not be read (listed above)";
        }
        List<LoadProblem> notes = result.notes();
        if (notes.isEmpty()) {
            return "";
        }
        return ": nothing in it is a run; " + notes.getFirst()
                + (notes.size() == 1 ? "" : " (and " + (notes.size() - 1) + " more, listed above)");
    }

    /** Exactly one run, as a baseline must be: the only run in {@code runs}, selected by {@code argument}. */
    static Run only(List<Run> runs, String argument, String role) {
        if (runs.size() > 1) {
            throw new UserError("the " + role + " " + argument + " selects " + runs.size() + " runs; pick one with "
                    + "PATH#N or PATH#TEXT: " + RunSelector.describe(runs));
        }
        return runs.getFirst();
    }

    /** How many files could not be read so far. */
    int problems() {
        return problems.get();
    }
}
