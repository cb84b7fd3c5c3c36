package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.github.GitHubTestServer;
import dev.benchlens.github.GitHubTestServer.FakeRun;
import dev.benchlens.github.HostileServer;
import dev.benchlens.github.Token;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch} against a local server that answers as GitHub's API does; no test touches the network. */
class FetchCliTest {

    @TempDir
    Path dir;

    private GitHubTestServer server;
    private Path cache;

    /** Six weekly runs, newest first (ids 106 down to 101); 102's artifact has expired. */
    @BeforeEach
    void start() throws IOException {
        List<FakeRun> runs = new ArrayList<>();
        for (int week = 5; week >= 0; week--) {
            Path zip = WeeklyRuns.artifact(dir.resolve("source/week-" + week + ".zip"), week);
            runs.add(new FakeRun(
                    101 + week,
                    "main",
                    week == 3 ? "push" : "schedule",
                    "a1b2c3" + week + "0".repeat(33),
                    Instant.ofEpochSecond(WeeklyRuns.time(week)),
                    "success",
                    Files.readAllBytes(zip),
                    week == 1));
        }
        server = new GitHubTestServer(runs);
        cache = dir.resolve("cache");
        useEnvironment(Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN));
    }

    @AfterEach
    void stop() {
        server.close();
        FetchCommand.environment = System.getenv();
        FetchCommand.ghToken = List.of("gh", "auth", "token");
    }

    private static void useEnvironment(Map<String, String> env) {
        FetchCommand.environment = env;
        FetchCommand.ghToken = List.of("benchlens-test-no-such-command");
    }

    private Cli.Result fetch(String... extra) {
        List<String> args = new ArrayList<>(List.of("fetch", GitHubTestServer.OWNER_REPO, "--out", cache.toString()));
        args.addAll(List.of(extra));
        return Cli.benchlens(args.toArray(String[]::new));
    }

    @Test
    void fetchesTheLastRunsAcrossPagesWithoutSendingTheTokenToStorage() throws IOException {
        Cli.Result result = fetch("--last", "5");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .contains("106 main schedule a1b2c35 2025-12-22 16:47 success") // the newest first
                .contains("run 106: linux-arm64-benchmark-results downloaded (")
                .contains("run 102: artifact linux-arm64-benchmark-results has expired and can no longer be"
                        + " downloaded")
                .contains("4 of 5 run(s) available in " + cache.resolve("acme/kernels"))
                .doesNotContain("101 main");
        assertThat(result.err()).contains("run 106: ").contains(" KB of ");
        assertThat(server.leakedTokens()).isEmpty();
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".zip")).count()).isEqualTo(4);
        }
        Path record = cache.resolve("acme/kernels/10106/linux-arm64-benchmark-results.metadata.json");
        assertThat(Files.readString(record))
                .contains("\"branch\" : \"main\"")
                .contains("\"event\" : \"schedule\"")
                .contains("\"url\" : \"https://github.com/acme/kernels/actions/runs/106\"")
                .contains("\"conclusion\" : \"success\"")
                .contains("\"created_at\" : \"2025-12-22T16:47:00Z\"");
    }

    @Test
    void anArtifactInTheCacheIsNeverDownloadedTwice() {
        assertThat(fetch("--last", "3").exitCode()).isZero();
        Cli.Result again = fetch("--last", "3");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("run 106: linux-arm64-benchmark-results already in the cache");
        assertThat(server.downloads(106)).isEqualTo(1);
        assertThat(server.downloads(104)).isEqualTo(1);
    }

    @Test
    void theRunsFactsBecomeTheRunsMetadataAndNames() {
        assertThat(fetch("--last", "6").exitCode()).isZero();
        Cli.Result report = Cli.benchlens(
                "report", "-q", cache.resolve("acme/kernels/10106/linux-arm64-benchmark-results.zip") + "#latest");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .contains("Run: GitHub · raptors auto · 2025-12-22 16:49 · main@a1b2c35")
                .contains("Environment: github-actions")
                .contains("Commit: a1b2c35" + "0".repeat(33) + " (GitHub run 106)")
                .contains("Event: schedule (GitHub run 106)")
                .contains("Run URL: https://github.com/acme/kernels/actions/runs/106 (GitHub run 106)");
    }

    @Test
    void aRunUrlFetchesThatRunOnly() {
        Cli.Result result =
                Cli.benchlens("fetch", "https://github.com/acme/kernels/actions/runs/104", "--out", cache.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("run 104: linux-arm64-benchmark-results downloaded")
                .contains("1 of 1 run(s) available");
    }

    @Test
    void filtersByBranchAndEvent() {
        Cli.Result result = fetch("--event", "push", "--last", "10");
        assertThat(result.out()).contains("run 104:").doesNotContain("run 105:").contains("1 of 1 run(s)");
        Cli.Result none = fetch("--branch", "release");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no runs of acme/kernels workflow linux-arm64-bench.yml on branch release");
    }

    @Test
    void aWrongTokenIsOneLineSayingWhatToDo() {
        useEnvironment(Map.of("GITHUB_API_URL", server.api().toString(), "GH_TOKEN", "wrong"));
        Cli.Result result = fetch();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip())
                .isEqualTo("benchlens: GitHub did not accept the token from GH_TOKEN (401)"
                        + " while listing the runs of acme/kernels workflow linux-arm64-bench.yml: set GITHUB_TOKEN or"
                        + " GH_TOKEN to a valid token, or run gh auth login");
    }

    @Test
    void noTokenSaysWhereOneComesFrom() {
        useEnvironment(Map.of("GITHUB_API_URL", server.api().toString()));
        Cli.Result result = fetch();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("benchlens: " + Token.MISSING);
    }

    @Test
    void anUnknownWorkflowOrRepositoryIsNotFound() {
        Cli.Result result = fetch("--workflow", "other.yml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("not found (404) while listing the runs of acme/kernels workflow other.yml")
                .contains("check OWNER/REPO, --workflow and --run");
        Cli.Result run = fetch("--run", "999");
        assertThat(run.err()).contains("not found (404) while reading run 999 of acme/kernels");
    }

    @Test
    void aUsedUpRateLimitSaysWhenItResetsInLocalTime() {
        long reset = 1_767_000_000L;
        server.rateLimit(reset);
        Cli.Result result = fetch();
        assertThat(result.exitCode()).isEqualTo(2);
        String local = DateTimeFormatter.ofPattern("HH:mm")
                .format(Instant.ofEpochSecond(reset).atZone(ZoneId.systemDefault()));
        assertThat(result.err().strip())
                .isEqualTo("benchlens: GitHub's API rate limit is used up (5000 requests an"
                        + " hour); it resets at " + local + " local time ("
                        + ZoneId.systemDefault().getId() + "); try again"
                        + " then");
    }

    @Test
    void anArtifactGoneOnDownloadIsExpiredAndTheOthersStillCome() {
        server.goneOnDownload(105);
        Cli.Result result = fetch("--last", "2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("run 105: artifact linux-arm64-benchmark-results has expired")
                .contains("1 of 2 run(s) available");
    }

    @Test
    void fetchedRunsOpenAsAHistory() {
        assertThat(fetch("--last", "6").exitCode()).isZero();
        Cli.Result history = Cli.benchlens(
                "history", "-q", "-f", "json", cache.resolve("acme/kernels").toString());
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out())
                .contains("\"runs\" : 15") // 5 artifacts of 3 runs each; 102 expired
                .contains("main@a1b2c35");
    }

    @Test
    void badArgumentsAreOneLine() {
        assertThat(Cli.benchlens("fetch", "not-a-repo").err())
                .contains("expected OWNER/REPO or a run's URL, found 'not-a-repo'");
        assertThat(fetch("--last", "0").err()).contains("--last must be 1 or more, found 0");
    }

    @Test
    void namesFromTheServerCannotForgeLinesAndATokenWithALineBreakIsNeverPrinted() throws IOException {
        try (HostileServer server = new HostileServer((request, out) -> HostileServer.send(
                out,
                200,
                HostileServer.runsPage(HostileServer.run(
                        7, "main\r\n106 main schedule forged 2025-12-22 success", "2025-01-01T00:00:00Z")),
                "X: y"))) {
            useEnvironment(Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN));
            Cli.Result result = fetch("--last", "1");
            assertThat(result.out().lines()).noneMatch(line -> line.startsWith("106 "));
            assertThat(result.out()).contains("7 main  106 main schedule forged");

            useEnvironment(Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", "ghp_abc\r\nX-Evil: 1"));
            Cli.Result leaked = fetch();
            assertThat(leaked.exitCode()).isEqualTo(2);
            assertThat(leaked.err())
                    .isEqualTo("benchlens: the token from GITHUB_TOKEN holds a space, a line break or another character"
                            + " no token has; set it again (it is not printed)\n")
                    .doesNotContain("ghp_");
        }
    }

    @Test
    void aServerThatStallsEndsInOneLineAfterTheTimeout() throws IOException {
        try (HostileServer server = new HostileServer((request, out) -> Thread.sleep(30_000))) {
            useEnvironment(Map.of("GITHUB_API_URL", server.api().toString(), "GITHUB_TOKEN", GitHubTestServer.TOKEN));
            Cli.Result result = fetch("--timeout", "1");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().lines())
                    .containsExactly("benchlens: could not reach 127.0.0.1 while listing the runs of acme/kernels"
                            + " workflow linux-arm64-bench.yml: no answer within 1 s (--timeout sets the wait)");
        }
        useEnvironment(Map.of("GITHUB_API_URL", "ftp:x y", "GITHUB_TOKEN", GitHubTestServer.TOKEN));
        assertThat(fetch().err()).isEqualTo("benchlens: GITHUB_API_URL is not an http or https address (ftp:x y)\n");
    }
}
