package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.benchlens.github.GitHubTestServer;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run store through the command line: the weekly runs of {@link WeeklyRuns} fetched from a local stand-in for GitHub's API,
 * indexed in a real SQLite file in a temporary data folder.
 */
class StoreCliTest {

    @TempDir
    Path dir;

    private GitHubTestServer server;
    private Path cache;
    private Path store;

    @BeforeEach
    void start() throws IOException {
        server = weeklyServer(dir.resolve("source"), 0, WeeklyRuns.WEEKS);
        cache = dir.resolve("cache/benchlens/github");
        store = dir.resolve("data/benchlens/runs.db");
        FetchCommand.environment =
                Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN);
        FetchCommand.ghToken = List.of("benchlens-test-no-such-command");
        StoreOption.environment = Map.of(
                "BENCHLENS_STORE",
                store.toString(),
                "XDG_CACHE_HOME",
                dir.resolve("cache").toString());
    }

    @AfterEach
    void stop() {
        server.close();
        FetchCommand.environment = System.getenv();
        FetchCommand.ghToken = List.of("gh", "auth", "token");
        StoreOption.environment = System.getenv();
    }

    /** Weeks {@code from} to {@code to} (exclusive) of {@link WeeklyRuns} as workflow runs 301..., newest first. */
    static GitHubTestServer weeklyServer(Path source, int from, int to) throws IOException {
        return WeeklyRuns.server(source, from, to);
    }

    private Cli.Result fetchAll() {
        Cli.Result fetched = Cli.benchlens(
                "fetch",
                GitHubTestServer.OWNER_REPO,
                "-q",
                "--last",
                Integer.toString(WeeklyRuns.WEEKS),
                "--out",
                cache.toString());
        assertThat(fetched.exitCode()).as(fetched.out() + fetched.err()).isZero();
        return fetched;
    }

    private static String history(String... args) {
        List<String> all = new ArrayList<>(List.of("history", "-q"));
        all.addAll(List.of(args));
        Cli.Result result = Cli.benchlens(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result.out();
    }

    private static List<String> changeLines(String history) {
        return history.lines().filter(l -> l.contains("mean_axis0")).toList();
    }

    @Test
    void historyKeepsRunsWhoseZipsWereDeletedAfterIndexing() throws IOException {
        fetchAll();
        String fromFiles = history(cache.resolve("acme/kernels").toString());
        assertThat(fromFiles).startsWith("42 run(s), 216 series, 2 change point(s)");
        assertThat(changeLines(fromFiles)).hasSize(2).allMatch(l -> l.contains("+25.1% worse"));

        String fromStore = history("--repo", "acme/kernels");
        assertThat(fromStore).isEqualTo(fromFiles);

        deleteZipsOfWeeks(0, 4);
        Cli.Result afterDeletion =
                Cli.benchlens("history", "-q", cache.resolve("acme/kernels").toString());
        assertThat(afterDeletion.exitCode()).as(afterDeletion.err()).isZero();
        assertThat(afterDeletion.out()).isEqualTo(fromFiles);
        assertThat(afterDeletion.err())
                .contains("12 run(s) of the same repository from the store " + store
                        + " that the files given no longer hold");
        assertThat(history()).isEqualTo(fromFiles);
        assertThat(history("--repo", "acme/kernels", "--environment", "github-actions"))
                .isEqualTo(fromFiles);
    }

    @Test
    void rebuildGivesTheSameHistoryAfterZipsWereDeleted() throws IOException {
        fetchAll();
        String before = history("--repo", "acme/kernels");

        Cli.Result rebuilt = Cli.benchlens("store", "rebuild");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out())
                .startsWith("rebuilt " + store + " from 42 run(s) in " + cache + System.lineSeparator());
        assertThat(history("--repo", "acme/kernels")).isEqualTo(before);

        deleteZipsOfWeeks(0, 1);
        Cli.Result again = Cli.benchlens("store", "rebuild");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("from 39 run(s) in " + cache + "; 3 run(s) whose files are gone were carried over");
        Path kept =
                Path.of(again.out().replaceAll("(?s).*kept as (\\S+).*", "$1").strip());
        assertThat(kept).exists();
        assertThat(history("--repo", "acme/kernels")).isEqualTo(before);
        assertThat(Cli.benchlens("store", "list").out()).contains("42 run(s)");
    }

    @Test
    void rebuildReadsAgainTheFilesOutsideTheCacheThatItHadIndexed() throws IOException {
        Path elsewhere = dir.resolve("results/native.json");
        Files.createDirectories(elsewhere.getParent());
        Files.copy(Path.of("../docs/examples/native.json"), elsewhere);
        assertThat(Cli.benchlens("report", "-q", elsewhere.toString()).exitCode())
                .isZero();
        String listed = Cli.benchlens("store", "list").out();

        Cli.Result rebuilt = Cli.benchlens("store", "rebuild");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out())
                .contains(
                        "from 0 run(s) in " + cache + " and 1 in the other files it had read" + System.lineSeparator());
        assertThat(Cli.benchlens("store", "list").out()).isEqualTo(listed);
    }

    @Test
    void listShowAndForgetARun() {
        fetchAll();
        Cli.Result list = Cli.benchlens("store", "list", "--repo", "ACME/kernels");
        assertThat(list.out()).contains("42 run(s) in " + store).contains("main@5eed080");
        String firstHash = list.out().substring(0, list.out().indexOf(' '));

        Cli.Result show = Cli.benchlens("store", "show", firstHash);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("repository    acme/kernels")
                .contains("workflow run  301")
                .contains("artifact      10301")
                .contains("event         schedule")
                .contains("branch: main (GitHub run 301)");

        assertThat(Cli.benchlens("store", "forget", firstHash).out()).startsWith("forgot " + firstHash);
        assertThat(Cli.benchlens("store", "list").out()).contains("41 run(s)");
        Cli.Result unknown = Cli.benchlens("store", "show", firstHash);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .isEqualTo(
                        "benchlens: no stored run has the hash " + firstHash + " in " + store + System.lineSeparator());
    }

    @Test
    void anExportedFileGivesAnotherMachineTheSameHistory() {
        fetchAll();
        String here = history("--repo", "acme/kernels");
        Path file = dir.resolve("runs-for-a-teammate.db");
        assertThat(Cli.benchlens("store", "export", file.toString()).out()).contains("exported 42 new run(s)");

        StoreOption.environment =
                Map.of("BENCHLENS_STORE", dir.resolve("other-machine/runs.db").toString());
        assertThat(Cli.benchlens("store", "import", file.toString()).out()).contains("imported 42 new run(s)");
        assertThat(Cli.benchlens("store", "import", file.toString()).out()).contains("imported 0 new run(s)");
        assertThat(history("--repo", "acme/kernels")).isEqualTo(here);
    }

    @Test
    void aCorruptStoreIsMovedAsideAndRebuiltFromTheZips() throws IOException {
        fetchAll();
        String before = history("--repo", "acme/kernels");
        Files.writeString(store, "not a database, but someone's notes");
        deleteCompanions();

        Cli.Result result = Cli.benchlens("history", "-q", "--repo", "acme/kernels");
        assertThat(result.out()).isEqualTo(before);
        assertThat(result.err().lines().filter(l -> l.startsWith("note: the store")))
                .singleElement()
                .asString()
                .matches("note: the store .*runs\\.db is not a database Benchlens can read; moved it to"
                        + " runs\\.db\\.corrupt-\\d{8}-\\d{6} and rebuilt it from the fetch cache \\(42 run\\(s\\)\\)");
        try (Stream<Path> files = Files.list(store.getParent())) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("runs.db.corrupt-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(aside).hasContent("not a database, but someone's notes");
        }
    }

    @Test
    void aStoreFromANewerBenchlensIsMovedAsideNotTouched() throws SQLException, IOException {
        fetchAll();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 'someone', 0, 1)");
        }
        Cli.Result result = Cli.benchlens("store", "list");
        assertThat(result.err()).contains("was written by a newer Benchlens; moved it to runs.db.newer-");
        assertThat(result.out()).contains("42 run(s)");
        try (Stream<Path> files = Files.list(store.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("runs.db.newer-"));
        }
    }

    @Test
    void aStoreTheUserCannotWriteIsReadOnlyWithANote() throws IOException {
        assumeThat(System.getProperty("user.name"))
                .as("root may write anything")
                .isNotEqualTo("root");
        fetchAll();
        store.toFile().setWritable(false);
        store.getParent().toFile().setWritable(false);
        try {
            Cli.Result result = Cli.benchlens("history", "-q", "--repo", "acme/kernels");
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("is read-only for you: runs are read from it but not added");
        } finally {
            store.getParent().toFile().setWritable(true);
            store.toFile().setWritable(true);
        }
    }

    @Test
    void namesFromFilesAreStoredAsDataAndShownEscaped() throws IOException {
        Path run = dir.resolve("odd.json");
        Files.writeString(
                run,
                Files.readString(Path.of("../docs/examples/native.json"))
                        .replaceFirst(
                                "\"source\" *: *\"[^\"]*\"",
                                "\"source\": \"local'); DROP TABLE runs; --\\u001b[31m\""));
        Cli.Result report = Cli.benchlens("report", "-q", run.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        Cli.Result list = Cli.benchlens("store", "list");
        assertThat(list.out()).contains("1 run(s)").doesNotContain("\u001b");
    }

    @Test
    void withTheStoreOffNothingIsIndexedAndHistoryNeedsFiles() {
        StoreOption.environment = Map.of("BENCHLENS_STORE", "off");
        fetchAll();
        assertThat(store).doesNotExist();
        Cli.Result result = Cli.benchlens("history", "-q");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no runs given and no store to read them from");
    }

    private void deleteZipsOfWeeks(int from, int to) throws IOException {
        for (int week = from; week < to; week++) {
            Path folder = cache.resolve("acme/kernels").resolve(Long.toString(10_301 + week));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    private void deleteCompanions() throws IOException {
        Files.deleteIfExists(store.resolveSibling("runs.db-wal"));
        Files.deleteIfExists(store.resolveSibling("runs.db-shm"));
    }
}
