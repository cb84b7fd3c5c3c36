package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.benchlens.github.GitHubTestServer;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team store on a real PostgreSQL server, which {@code .ci/run} starts on a local port and names in
 * {@code BENCHLENS_TEST_POSTGRES} ({@code postgresql://USER:PASSWORD@127.0.0.1:PORT/DATABASE}); without it these
 * tests are skipped. Each test works in a schema of its own and drops it.
 */
class TeamStoreTest {

    private static final String SERVER = System.getenv("BENCHLENS_TEST_POSTGRES");

    @TempDir
    Path dir;

    private GitHubTestServer github;
    private String team;
    private String schema;

    @BeforeEach
    void start() throws IOException, SQLException {
        assumeThat(SERVER)
                .as("BENCHLENS_TEST_POSTGRES names no PostgreSQL server")
                .isNotBlank();
        schema = "benchlens_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + schema);
        }
        team = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        github = StoreCliTest.weeklyServer(dir.resolve("source"), 0, WeeklyRuns.WEEKS);
        FetchCommand.environment =
                Map.of("GITHUB_API_URL", github.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN);
        FetchCommand.ghToken = List.of("benchlens-test-no-such-command");
    }

    @AfterEach
    void stop() throws SQLException {
        if (github != null) {
            github.close();
        }
        FetchCommand.environment = System.getenv();
        FetchCommand.ghToken = List.of("gh", "auth", "token");
        StoreOption.environment = System.getenv();
        if (schema != null) {
            try (Connection c = connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static Connection connect() throws SQLException {
        URI uri = URI.create(SERVER);
        String[] login = uri.getUserInfo().split(":", 2);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath(), login[0], login[1]);
    }

    private static void onMachine(Path dataFolder, String store) {
        StoreOption.environment = Map.of("XDG_DATA_HOME", dataFolder.toString(), "BENCHLENS_STORE", store);
    }

    private static Cli.Result ok(String... args) {
        Cli.Result result = Cli.benchlens(args);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result;
    }

    @Test
    void pushedRunsGiveAnotherMachineTheSameChangePoints() {
        Path machineA = dir.resolve("a/data");
        Path storeA = machineA.resolve("benchlens/runs.db");
        onMachine(machineA, storeA.toString());
        ok(
                "fetch",
                GitHubTestServer.OWNER_REPO,
                "-q",
                "--last",
                "12",
                "--out",
                dir.resolve("cache").toString());
        String history = ok("history", "-q", "--repo", "acme/kernels").out();
        assertThat(history).startsWith("36 run(s), 216 series, 2 change point(s)");

        onMachine(machineA, team);
        assertThat(ok("store", "push", "--local", storeA.toString()).out()).contains("pushed 36 new run(s)");
        assertThat(ok("store", "push", "--local", storeA.toString()).out()).contains("pushed 0 new run(s)");

        Path machineB = dir.resolve("b/data");
        onMachine(machineB, team);
        assertThat(ok("history", "-q", "--repo", "acme/kernels").out()).isEqualTo(history);
        assertThat(ok("store", "pull").out()).contains("pulled 36 new run(s)");
        assertThat(ok("store", "pull").out()).contains("pulled 0 new run(s)");
        onMachine(machineB, machineB.resolve("benchlens/runs.db").toString());
        assertThat(ok("history", "-q", "--repo", "acme/kernels").out()).isEqualTo(history);
    }

    @Test
    void fetchAndHistoryUseTheTeamStoreDirectlyAndNeverPrintThePassword() {
        onMachine(dir.resolve("data"), team);
        Cli.Result fetched = ok(
                "fetch",
                GitHubTestServer.OWNER_REPO,
                "-q",
                "--last",
                "6",
                "--out",
                dir.resolve("cache").toString());
        Cli.Result list = ok("store", "list");
        assertThat(list.out()).contains("18 run(s) in postgresql://");
        String password = URI.create(SERVER).getUserInfo().split(":", 2)[1];
        for (Cli.Result result : List.of(fetched, list, ok("history", "-q"))) {
            assertThat(result.out() + result.err()).doesNotContain(password);
        }
    }

    @Test
    void aWrongPasswordIsOneLineWithoutIt() {
        URI uri = URI.create(SERVER);
        String wrong = "wrong-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String address = "postgresql://" + uri.getUserInfo().split(":", 2)[0] + ":" + wrong + "@" + uri.getHost() + ":"
                + uri.getPort() + uri.getPath();
        Cli.Result result = Cli.benchlens("store", "list", "--store", address);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("benchlens: cannot connect to the store" + " postgresql://"
                        + uri.getUserInfo().split(":", 2)[0] + "@");
        assertThat(result.err()).doesNotContain(wrong);
    }

    @Test
    void aStoreInAnotherSchemaOfTheSameDatabaseIsNotThisOne() throws SQLException {
        onMachine(dir.resolve("data"), team);
        assertThat(ok("store", "list").out()).contains("0 run(s) in postgresql://");
        String other = schema + "_other";
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + other);
        }
        try {
            String beside = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + other;
            Cli.Result list = ok("store", "list", "--store", beside);
            assertThat(list.out()).contains("0 run(s) in postgresql://");
        } finally {
            try (Connection c = connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DROP SCHEMA " + other + " CASCADE");
            }
        }
    }
}
