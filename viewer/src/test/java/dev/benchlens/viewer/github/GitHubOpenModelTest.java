package dev.benchlens.viewer.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Run;
import dev.benchlens.github.GitHubTestServer;
import dev.benchlens.github.GitHubTestServer.FakeRun;
import dev.benchlens.github.Token;
import dev.benchlens.load.RunOpener;
import dev.benchlens.testing.WeeklyRuns;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.open.OpenModel;
import dev.benchlens.viewer.open.RecentFiles;
import dev.benchlens.viewer.runs.RunEntry;
import dev.benchlens.viewer.runs.RunsModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open from GitHub's model against a local server answering as GitHub's API does. */
class GitHubOpenModelTest {

    private static final List<String> NO_GH = List.of("benchlens-test-no-such-command");

    @TempDir
    Path dir;

    private GitHubTestServer server;
    private final RunsModel runList = new RunsModel();
    private final OpenModel open =
            new OpenModel(new RunOpener(), new SameThreadExecutor(), runList, new RecentFiles(List.of()));

    @BeforeEach
    void start() throws IOException {
        List<FakeRun> runs = new ArrayList<>();
        for (int week = 3; week >= 0; week--) {
            Path zip = WeeklyRuns.artifact(dir.resolve("source/week-" + week + ".zip"), week);
            runs.add(new FakeRun(
                    201 + week,
                    "main",
                    "schedule",
                    "c0ffee" + week + "0".repeat(33),
                    Instant.ofEpochSecond(WeeklyRuns.time(week)),
                    "success",
                    Files.readAllBytes(zip),
                    false));
        }
        server = new GitHubTestServer(runs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GitHubOpenModel model(Map<String, String> env) {
        return new GitHubOpenModel(env, NO_GH, dir.resolve("cache"), new SameThreadExecutor(), open::open);
    }

    /** The runs in the run list, under the names it shows. */
    private List<Run> opened() {
        return runList.runs().stream().map(RunEntry::named).toList();
    }

    private GitHubOpenModel model() {
        return model(Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN));
    }

    @Test
    void listsTheRecentRunsAndOpensTheChosenOnesWithTheirFacts() {
        GitHubOpenModel model = model();
        assertThat(model.tokenStatusProperty().get()).isEqualTo("Token from GITHUB_TOKEN");
        model.repositoryProperty().set("acme/kernels");
        model.listRuns();
        assertThat(model.runs()).extracting(r -> r.id()).containsExactly(204L, 203L, 202L, 201L);
        assertThat(model.statusProperty().get()).isEqualTo("4 run(s) of acme/kernels; choose some and open them");
        model.open(List.of(model.runs().get(0), model.runs().get(2)));
        assertThat(opened()).hasSize(6);
        assertThat(opened()).extracting(Run::name).allMatch(n -> n.contains("main@c0ffee"));
        assertThat(model.statusProperty().get()).isEqualTo("Opening 2 artifact(s)");
        assertThat(open.problems()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aPastedRunUrlOpensThatRun() {
        GitHubOpenModel model = model();
        model.repositoryProperty().set("https://github.com/acme/kernels/actions/runs/202");
        model.listRuns();
        assertThat(opened()).hasSize(3).extracting(Run::name).allMatch(n -> n.contains("main@c0ffee1"));
        assertThat(model.repositoryProperty().get()).isEqualTo("acme/kernels");
    }

    @Test
    void withoutATokenTheDialogSaysWhatToDo() {
        GitHubOpenModel model = model(Map.of("GITHUB_API_URL", server.api().toString()));
        assertThat(model.tokenStatusProperty().get()).isEqualTo(Token.MISSING);
        model.repositoryProperty().set("acme/kernels");
        model.listRuns();
        assertThat(model.statusProperty().get()).isEqualTo(Token.MISSING);
        assertThat(model.runs()).isEmpty();
    }

    @Test
    void githubsRefusalIsTheStatusLine() {
        GitHubOpenModel model = model(Map.of("GITHUB_API_URL", server.api().toString(), "GH_TOKEN", "wrong"));
        model.repositoryProperty().set("acme/kernels");
        model.listRuns();
        assertThat(model.statusProperty().get()).startsWith("GitHub did not accept the token from GH_TOKEN (401)");
        model.repositoryProperty().set("not a repo");
        model.listRuns();
        assertThat(model.statusProperty().get()).startsWith("expected OWNER/REPO or a run's URL");
    }

    @Test
    void aBadArtifactIsNamedWithItsProblem() throws IOException {
        // A whole zip holding a results file that is not JSON: its problem must reach the window, not vanish.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("results/github-actions-arm64/latest.json"));
            zip.write("{\"results\": [ not json".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        server.close();
        server = new GitHubTestServer(List.of(new FakeRun(
                205,
                "main",
                "schedule",
                "bad0" + "0".repeat(36),
                Instant.ofEpochSecond(WeeklyRuns.time(0)),
                "success",
                bytes.toByteArray(),
                false)));
        GitHubOpenModel model = model();
        model.repositoryProperty().set("https://github.com/acme/kernels/actions/runs/205");
        model.listRuns();
        // The fetch reads what it downloads before keeping it: the problem is the dialog's status, naming the run.
        assertThat(opened()).isEmpty();
        assertThat(model.statusProperty().get())
                .contains("run 205")
                .contains("not kept")
                .contains("malformed JSON");
    }
}
