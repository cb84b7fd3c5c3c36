package dev.benchlens.viewer.github;

import dev.benchlens.github.ArtifactCache;
import dev.benchlens.github.FetchOutcome;
import dev.benchlens.github.Fetcher;
import dev.benchlens.github.GitHubClient;
import dev.benchlens.github.GitHubException;
import dev.benchlens.github.Repository;
import dev.benchlens.github.RunQuery;
import dev.benchlens.github.Token;
import dev.benchlens.github.WorkflowRun;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Open from GitHub dialog's state: the repository, whether a token was found, the recent runs of the
 * workflow, and opening the chosen runs' artifacts (fetched into the cache, or found there) with their runs' facts.
 */
public final class GitHubOpenModel {

    /** How many of the newest runs the dialog lists. */
    public static final int LISTED = 30;

    private final Map<String, String> env;
    private final ArtifactCache cache;
    private final BackgroundExecutor executor;
    private final Consumer<List<Path>> open;
    private final StringProperty repository = new SimpleStringProperty("");
    private final StringProperty workflow = new SimpleStringProperty(RunQuery.DEFAULT_WORKFLOW);
    private final StringProperty artifact = new SimpleStringProperty("linux-arm64-benchmark-results");
    private final ReadOnlyStringWrapper tokenStatus = new ReadOnlyStringWrapper();
    private final ObservableList<WorkflowRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Token token;

    /**
     * @param open opens the chosen artifacts' zips as any other files are opened (the workspace's open model), so
     *     that their runs are named with the others and a bad artifact's problem shows as any file's
     */
    public GitHubOpenModel(
            Map<String, String> env,
            List<String> ghToken,
            Path cacheRoot,
            BackgroundExecutor executor,
            Consumer<List<Path>> open) {
        this.env = env;
        this.cache = new ArtifactCache(cacheRoot);
        this.executor = executor;
        this.open = open;
        tokenStatus.set("Looking for a token…");
        executor.submit(
                Lane.READING,
                () -> Token.find(env, ghToken),
                found -> {
                    token = found.orElse(null);
                    tokenStatus.set(found.map(t -> "Token from " + t.source()).orElse(Token.MISSING));
                },
                failure -> tokenStatus.set(Token.MISSING));
    }

    // Properties

    /** {@code OWNER/REPO}, or a run's URL. */
    public StringProperty repositoryProperty() {
        return repository;
    }

    public StringProperty workflowProperty() {
        return workflow;
    }

    public StringProperty artifactProperty() {
        return artifact;
    }

    /** Where the token comes from, or what to do when there is none. */
    public ReadOnlyStringProperty tokenStatusProperty() {
        return tokenStatus.getReadOnlyProperty();
    }

    /** The workflow's newest runs, newest first. */
    public ObservableList<WorkflowRun> runs() {
        return runs;
    }

    /** One line on what happened last: listed, downloaded, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The folder the fetched artifacts are kept in. */
    public Path cacheRoot() {
        return cache.root();
    }

    // Commands

    /** Lists the newest runs of the repository's workflow; a run's URL in the field opens that run instead. */
    public void listRuns() {
        Optional<Repository.RunAddress> address = Repository.runUrl(repository.get());
        if (address.isPresent()) {
            openUrl(repository.get());
            return;
        }
        Repository repo = parsedRepository();
        GitHubClient client = client();
        if (repo == null || client == null) {
            return;
        }
        RunQuery query = new RunQuery(workflow.get(), null, null, LISTED);
        start("Listing the runs of " + repo + "…");
        executor.submit(
                Lane.READING,
                () -> client.runs(repo, query),
                listed -> {
                    busy.set(false);
                    runs.setAll(listed);
                    status.set(
                            listed.isEmpty()
                                    ? "No runs of " + repo + " workflow " + query.workflow()
                                    : listed.size() + " run(s) of " + repo + "; choose some and open them");
                },
                this::failed);
    }

    /** Fetches the chosen runs' artifacts (or finds them in the cache) and opens their runs. */
    public void open(List<WorkflowRun> chosen) {
        Repository repo = parsedRepository();
        if (repo != null) {
            fetchAndOpen(repo, chosen);
        }
    }

    /** Opens the run a URL names, e.g. one pasted or dropped from the browser. */
    public void openUrl(String url) {
        Optional<Repository.RunAddress> address = Repository.runUrl(url);
        if (address.isEmpty()) {
            status.set("Not a run's URL: " + url + " (expected https://github.com/OWNER/REPO/actions/runs/ID)");
            return;
        }
        GitHubClient client = client();
        if (client == null) {
            return;
        }
        Repository repo = address.get().repository();
        repository.set(repo.toString());
        start("Reading run " + address.get().runId() + "…");
        executor.submit(
                Lane.READING,
                () -> client.run(repo, address.get().runId()),
                run -> {
                    busy.set(false);
                    fetchAndOpen(repo, List.of(run));
                },
                this::failed);
    }

    private void fetchAndOpen(Repository repo, List<WorkflowRun> chosen) {
        GitHubClient client = client();
        if (client == null || chosen.isEmpty()) {
            return;
        }
        Fetcher fetcher = new Fetcher(client, cache);
        String name = artifact.get();
        start("Fetching " + chosen.size() + " artifact(s)…");
        executor.submit(
                Lane.READING,
                () -> {
                    List<Path> zips = new ArrayList<>();
                    List<String> lines = new ArrayList<>();
                    for (WorkflowRun run : chosen) {
                        FetchOutcome outcome = fetcher.fetch(
                                repo,
                                run,
                                name,
                                (done, total) -> executor.onUiThread(() -> status.set("Run " + run.id() + ": "
                                        + Fetcher.bytes(done) + (total > 0 ? " of " + Fetcher.bytes(total) : ""))));
                        if (outcome.kind().available()) {
                            zips.add(outcome.zip());
                        } else {
                            lines.add(outcome.message());
                        }
                    }
                    return new Fetched(zips, lines);
                },
                fetched -> {
                    busy.set(false);
                    open.accept(fetched.zips());
                    status.set("Opening " + fetched.zips().size() + " artifact(s)"
                            + (fetched.problems().isEmpty() ? "" : "; " + String.join("; ", fetched.problems())));
                },
                this::failed);
    }

    private record Fetched(List<Path> zips, List<String> problems) {}

    /** The repository in the field, or {@code null} with the status saying what is wrong with it. */
    private Repository parsedRepository() {
        try {
            return Repository.parse(repository.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    private GitHubClient client() {
        if (token == null) {
            status.set(Token.MISSING);
            return null;
        }
        return new GitHubClient(GitHubClient.apiUrl(env), token, ZoneId.systemDefault());
    }

    private void start(String message) {
        busy.set(true);
        status.set(message);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set(
                failure instanceof GitHubException
                        ? failure.getMessage()
                        : "Could not reach GitHub: " + failure.getMessage());
    }
}
