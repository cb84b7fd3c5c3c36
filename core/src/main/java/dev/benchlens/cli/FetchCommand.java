package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.github.ArtifactCache;
import dev.benchlens.github.ByteProgress;
import dev.benchlens.github.FetchLimits;
import dev.benchlens.github.FetchOutcome;
import dev.benchlens.github.Fetcher;
import dev.benchlens.github.GitHubClient;
import dev.benchlens.github.GitHubException;
import dev.benchlens.github.Repository;
import dev.benchlens.github.RunQuery;
import dev.benchlens.github.Token;
import dev.benchlens.github.WorkflowRun;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchlens fetch OWNER/REPO}: downloads workflow runs' benchmark artifacts from GitHub into a cache. */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = {
            "Lists a workflow's newest runs on GitHub and downloads each run's benchmark artifact into a"
                    + " cache folder, where it is kept under its id and never downloaded twice. Each zip is read with the"
                    + " same rules as any zip before it is kept, and the run's facts (id, URL, branch, event, commit,"
                    + " created time, conclusion) are written beside it as <artifact>.metadata.json; they become the runs'"
                    + " metadata and names when the folder is opened.",
            "The token comes from GITHUB_TOKEN, GH_TOKEN or `gh auth token`; GITHUB_API_URL points at GitHub"
                    + " Enterprise."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens fetch acme/kernels --last 20",
            "  benchlens fetch acme/kernels --branch main --event schedule --last 52",
            "  benchlens fetch https://github.com/acme/kernels/actions/runs/123456789",
            "  benchlens fetch acme/kernels --last 20 && benchlens history ~/.cache/benchlens/github/acme/kernels"
        })
final class FetchCommand implements Callable<Integer> {

    /** The environment the command reads; tests point it at their own server and token. */
    static Map<String, String> environment = System.getenv();
    /** The command that prints gh's token; tests replace it so that no test depends on gh. */
    static List<String> ghToken = List.of("gh", "auth", "token");

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "OWNER/REPO|RUN_URL",
            description = "The repository, or one run's URL (https://github.com/OWNER/REPO/actions/runs/ID).")
    String target;

    @Option(
            names = "--workflow",
            paramLabel = "FILE",
            defaultValue = RunQuery.DEFAULT_WORKFLOW,
            description = "The workflow's file name or id (default: ${DEFAULT-VALUE}).")
    String workflow;

    @Option(names = "--branch", paramLabel = "NAME", description = "Only runs on this branch.")
    String branch;

    @Option(
            names = "--event",
            paramLabel = "EVENT",
            description = "Only runs of this event: push, schedule," + " pull_request...")
    String event;

    @Option(
            names = "--last",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many of the newest runs (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run.")
    Long runId;

    @Option(
            names = "--artifact",
            paramLabel = "NAME",
            defaultValue = "linux-arm64-benchmark-results",
            description = "The artifact's name (default: ${DEFAULT-VALUE}).")
    String artifact;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The cache folder (default: the user's cache folder, e.g. ~/.cache/benchlens/github).")
    Path out;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long GitHub may stall (no connection, no answer, or less than 1 KB of it) before"
                    + " fetch gives up (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print download progress.")
    boolean quiet;

    @Override
    public Integer call() {
        Repository repo = repository();
        RunQuery query = query();
        Token token = Token.find(environment, ghToken).orElseThrow(() -> new UserError(Token.MISSING));
        ArtifactCache cache = new ArtifactCache(
                out != null
                        ? out
                        : ArtifactCache.defaultRoot(
                                environment,
                                System.getProperty("os.name", ""),
                                Path.of(System.getProperty("user.home"))));
        if (timeoutSeconds < 1) {
            throw new UserError("--timeout must be 1 second or more, found " + timeoutSeconds);
        }
        GitHubClient client = new GitHubClient(
                apiUrl(),
                token,
                ZoneId.systemDefault(),
                FetchLimits.DEFAULTS.withIdle(Duration.ofSeconds(timeoutSeconds)));
        Fetcher fetcher = new Fetcher(client, cache);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FetchOutcome> outcomes = new ArrayList<>();
        try {
            List<WorkflowRun> runs = runId != null ? List.of(client.run(repo, runId)) : client.runs(repo, query);
            if (runs.isEmpty()) {
                throw new UserError("no runs of " + repo + " workflow " + workflow + describeFilters());
            }
            for (WorkflowRun run : runs) {
                FetchOutcome outcome = fetcher.fetch(repo, run, artifact, progress(err, run));
                outcomes.add(outcome);
                // Names, branches and events come from the server: one line each, whatever they hold.
                stdout.println(UntrustedText.terminalLine(describe(run) + "  " + outcome.message()));
                stdout.flush();
            }
        } catch (GitHubException e) {
            throw new UserError(e.getMessage());
        }
        long available = outcomes.stream().filter(o -> o.kind().available()).count();
        Path folder = cache.repositoryFolder(repo);
        stdout.println(available + " of " + outcomes.size() + " run(s) available in " + folder
                + (available > 0 ? "; open them with: benchlens history " + folder : ""));
        stdout.flush();
        return available > 0 ? 0 : BenchlensCli.BAD_INPUT;
    }

    private static URI apiUrl() {
        try {
            return GitHubClient.apiUrl(environment);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Repository repository() {
        Optional<Repository.RunAddress> address = Repository.runUrl(target);
        if (address.isPresent()) {
            runId = address.get().runId();
            return address.get().repository();
        }
        try {
            return Repository.parse(target);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private RunQuery query() {
        try {
            return new RunQuery(workflow, branch, event, last);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private String describeFilters() {
        return (branch == null ? "" : " on branch " + branch) + (event == null ? "" : " for event " + event);
    }

    private static String describe(WorkflowRun run) {
        return String.join(
                " ",
                List.of(
                        Long.toString(run.id()),
                        orDash(run.branch()),
                        orDash(run.event()),
                        orDash(run.shortCommit()),
                        run.createdAt() == null ? "-" : MINUTE.format(run.createdAt()),
                        orDash(run.conclusion())));
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }

    /** A line each time the client reports, which it does at most once a second and at the end. */
    private ByteProgress progress(PrintWriter err, WorkflowRun run) {
        if (quiet) {
            return ByteProgress.NONE;
        }
        return (done, total) -> {
            err.println(
                    "run " + run.id() + ": " + Fetcher.bytes(done) + (total > 0 ? " of " + Fetcher.bytes(total) : ""));
            err.flush();
        };
    }
}
