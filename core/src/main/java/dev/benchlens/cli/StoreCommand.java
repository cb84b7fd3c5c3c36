package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Fact;
import dev.benchlens.store.IndexedRun;
import dev.benchlens.store.LocalRebuild;
import dev.benchlens.store.RunStore;
import dev.benchlens.store.StoreAddress;
import dev.benchlens.store.StoreException;
import dev.benchlens.store.StoredRun;
import dev.benchlens.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchlens store ...}: what the run store holds, and moving runs between stores. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = {
            "Every run that fetch, view, report, compare, check, history or ab reads is kept in the run store by"
                    + " the hash of its content, so that history outlives GitHub's artifacts. The store is runs.db in the"
                    + " user's data folder, or the file or postgresql:// server that --store or BENCHLENS_STORE names."
                    + " The fetched zips stay the source of truth: rebuild recreates a local store from them and the other files read."
        },
        subcommands = {
            StoreCommand.ListRuns.class,
            StoreCommand.Add.class,
            StoreCommand.Show.class,
            StoreCommand.Forget.class,
            StoreCommand.RebuildStore.class,
            StoreCommand.Export.class,
            StoreCommand.Import.class,
            StoreCommand.Push.class,
            StoreCommand.Pull.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens store list --repo acme/kernels",
            "  benchlens store show 3f2a9c1b",
            "  benchlens store export runs-2026.db && benchlens store import runs-2026.db",
            "  BENCHLENS_STORE=postgresql://bench@db.example.org/benchlens benchlens store push"
        })
final class StoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "a store command is needed: list, show, forget, rebuild, export, import, push, pull");
    }

    /** What each store command shares: the store option and the output streams. */
    abstract static class StoreTask implements Callable<Integer> {

        @Mixin
        StoreOption storeOption;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        RunStore store() {
            return storeOption.required(err());
        }

        @Override
        public Integer call() {
            try {
                run();
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
            out().flush();
            return 0;
        }

        abstract void run() throws StoreException;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the stored runs, oldest first.")
    static final class ListRuns extends StoreTask {

        @Mixin
        RunFilterOptions filterOptions;

        @Override
        void run() throws StoreException {
            List<StoredRun> runs = store().list(filterOptions.filter());
            for (StoredRun run : runs) {
                out().println(String.join(
                        "  ",
                        run.shortHash(),
                        orDash(run.startedAt()),
                        orDash(run.repository()),
                        run.environment(),
                        run.branch() == null ? "-" : run.branch() + "@" + shortCommit(run.commit()),
                        run.measurements() + " measurement(s)",
                        UntrustedText.terminalLine(run.name())));
            }
            out().println(runs.size() + " run(s) in " + store().address());
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Reads runs (files, folders, zips with their fetched facts beside them) into the store, as"
                    + " every reading command does; the workflows add each new run to a team store with it.")
    static final class Add extends StoreTask {

        @Parameters(paramLabel = "RUNS", arity = "1..*", description = "Files, folders or zips holding the runs.")
        List<String> arguments;

        @Override
        void run() throws StoreException {
            RunStore store = store();
            int before = store.hashes().size();
            RunInputs inputs = new RunInputs(err(), true, storeOption.indexer(err()));
            long read = inputs.loadAll(arguments).stream().mapToLong(List::size).sum();
            int added = store.hashes().size() - before;
            out().println("read " + read + " run(s); " + added + " new in " + store.address());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows what the store holds for one run.")
    static final class Show extends StoreTask {

        @Parameters(paramLabel = "RUN", description = "The run's hash, or enough of it to tell it apart.")
        String run;

        @Override
        void run() throws StoreException {
            StoredRun found = store().find(run);
            IndexedRun indexed = store().runs(List.of(found.hash())).getFirst();
            PrintWriter out = out();
            out.println("hash          " + found.hash());
            out.println("name          " + UntrustedText.terminalLine(found.name()));
            out.println("environment   " + found.environment());
            out.println("started       " + orDash(found.startedAt()));
            out.println("repository    " + orDash(found.repository()));
            out.println("workflow run  " + orDash(found.workflowRun()));
            out.println("artifact      " + (found.artifactId() == null ? "-" : found.artifactId()));
            out.println("commit        " + orDash(found.commit()));
            out.println("branch        " + orDash(found.branch()));
            out.println("event         " + orDash(found.event()));
            out.println("read from     " + UntrustedText.terminalLine(found.origin())
                    + (zipGone(found.origin()) ? "  (no longer there)" : ""));
            out.println("measurements  " + found.measurements() + " in "
                    + indexed.run().cases().size() + " case(s)");
            for (Fact fact : indexed.run().identity().facts()) {
                out.println("  " + UntrustedText.terminalLine(fact.toString()));
            }
        }

        private static boolean zipGone(String origin) {
            int inside = origin.indexOf("!/");
            String file = inside < 0 ? origin : origin.substring(0, inside);
            try {
                return !file.isEmpty() && !Files.exists(Path.of(file));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    @Command(
            name = "forget",
            mixinStandardHelpOptions = true,
            description = "Removes one run from the store (its zip, if any, stays in the cache).")
    static final class Forget extends StoreTask {

        @Parameters(paramLabel = "RUN", description = "The run's hash, or enough of it to tell it apart.")
        String run;

        @Override
        void run() throws StoreException {
            StoredRun found = store().find(run);
            store().forget(found.hash());
            out().println("forgot " + found.shortHash() + " " + UntrustedText.terminalLine(found.name()));
        }
    }

    @Command(
            name = "rebuild",
            mixinStandardHelpOptions = true,
            description = "Recreates the local store from the zips in the fetch cache and the other files its runs"
                    + " were read from; runs whose files are gone are carried over from the old store, which is kept"
                    + " beside the new one.")
    static final class RebuildStore extends StoreTask {

        @Option(
                names = "--cache",
                paramLabel = "DIR",
                description = "The fetch cache (default: the user's cache folder, e.g. ~/.cache/benchlens/github).")
        Path cache;

        @Override
        void run() throws StoreException {
            StoreAddress address = storeOption
                    .address()
                    .orElseThrow(() -> new UserError("the store is off: name the store file to rebuild with --store"));
            if (!address.isLocal()) {
                throw new UserError("rebuild recreates a local store from this machine's fetch cache; a team store"
                        + " is filled with store push");
            }
            Path from = cache != null ? cache : StoreOption.cacheRoot();
            LocalRebuild.Outcome outcome = LocalRebuild.rebuild(address, from, line -> {
                err().println(UntrustedText.terminalLine(line));
                err().flush();
            });
            out().println("rebuilt " + address + " from " + outcome.fromCache() + " run(s) in " + from
                    + (outcome.fromFiles() == 0
                            ? ""
                            : " and " + outcome.fromFiles() + " in the other files it had read")
                    + (outcome.carried() == 0
                            ? ""
                            : "; " + outcome.carried() + " run(s) whose files are gone were carried over from the old"
                                    + " store"));
            outcome.previous().ifPresent(previous -> out().println("the store it replaced is kept as " + previous));
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Copies the store's runs into FILE, a SQLite store a teammate can import.")
    static final class Export extends StoreTask {

        @Parameters(paramLabel = "FILE", description = "The file to write (runs it already holds are kept).")
        Path file;

        @Override
        void run() throws StoreException {
            copy(store(), StoreAddress.ofFile(file), "exported", out(), err());
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Adds the runs of FILE (written by store export) that the store does not have.")
    static final class Import extends StoreTask {

        @Parameters(paramLabel = "FILE", description = "A file written by store export, or another runs.db.")
        Path file;

        @Override
        void run() throws StoreException {
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + ": no such file");
            }
            try (RunStore from = Stores.open(StoreAddress.ofFile(file), Stores.Refill.NONE, note -> {})) {
                int added = from.copyTo(store(), progress(err()));
                out().println("imported " + added + " new run(s) from " + file + " into " + store().address());
            }
        }
    }

    /** Push and pull: runs copied between this machine's store and the team's, skipping those already there. */
    abstract static class Transfer extends StoreTask {

        @Option(names = "--local", paramLabel = "FILE", description = "The local store (default: the data folder's).")
        Path local;

        abstract boolean toTeam();

        @Override
        void run() throws StoreException {
            RunStore team = teamStore(this);
            try (RunStore mine = localStore(local)) {
                RunStore from = toTeam() ? mine : team;
                RunStore to = toTeam() ? team : mine;
                int added = from.copyTo(to, progress(err()));
                out().println((toTeam() ? "pushed " : "pulled ") + added + " new run(s) from " + from.address() + " to "
                        + to.address());
            }
        }
    }

    @Command(
            name = "push",
            mixinStandardHelpOptions = true,
            description = "Copies this machine's runs to the team store (--store or BENCHLENS_STORE,"
                    + " postgresql://...); runs it has are skipped.")
    static final class Push extends Transfer {
        @Override
        boolean toTeam() {
            return true;
        }
    }

    @Command(
            name = "pull",
            mixinStandardHelpOptions = true,
            description = "Copies the team store's runs (--store or BENCHLENS_STORE, postgresql://...) to this"
                    + " machine's store; runs it has are skipped.")
    static final class Pull extends Transfer {
        @Override
        boolean toTeam() {
            return false;
        }
    }

    private static RunStore teamStore(StoreTask task) {
        StoreAddress address = task.storeOption.address().orElse(null);
        if (address == null || address.isLocal()) {
            throw new UserError("push and pull need a team store: --store postgresql://HOST/DATABASE or "
                    + StoreAddress.VARIABLE + "=postgresql://...");
        }
        return task.store();
    }

    private static RunStore localStore(Path local) throws StoreException {
        StoreAddress address = local != null
                ? StoreAddress.ofFile(local)
                : StoreAddress.ofFile(StoreAddress.dataFolder(
                                StoreOption.environment,
                                System.getProperty("os.name", ""),
                                Path.of(System.getProperty("user.home")))
                        .resolve(StoreAddress.FILE_NAME));
        return Stores.open(address, Stores.Refill.NONE, note -> {});
    }

    private static void copy(RunStore from, StoreAddress to, String verb, PrintWriter out, PrintWriter err)
            throws StoreException {
        try (RunStore target = Stores.open(to, Stores.Refill.NONE, note -> {})) {
            int added = from.copyTo(target, progress(err));
            out.println(verb + " " + added + " new run(s) from " + from.address() + " to " + to);
        }
    }

    private static RunStore.Progress progress(PrintWriter err) {
        return (done, total) -> {
            err.println("copied " + done + " of " + total + " run(s)");
            err.flush();
        };
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "-" : UntrustedText.terminalLine(text);
    }

    private static String shortCommit(String commit) {
        return commit == null ? "-" : commit.substring(0, Math.min(7, commit.length()));
    }
}
