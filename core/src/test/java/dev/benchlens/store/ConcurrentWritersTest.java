package dev.benchlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.format.Run;
import dev.benchlens.github.GitHubTestServer;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.RunLoader;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code fetch} processes and the explorer's way of opening files write to one SQLite store at the same time;
 * afterwards the store holds every run each of them read, and the fetched ones with their GitHub origin.
 */
class ConcurrentWritersTest {

    /** Each fetch process takes half the weeks. */
    private static final int HALF = WeeklyRuns.WEEKS / 2;

    @TempDir
    Path dir;

    @Test
    void twoFetchProcessesAndTheExplorerWritingAtOnceLoseNothing() throws Exception {
        Path store = dir.resolve("data/runs.db");
        Path examples = Path.of("../docs/examples").toAbsolutePath().normalize();
        Set<String> expected = new HashSet<>();
        try (GitHubTestServer early = server(0, HALF, expected);
                GitHubTestServer late = server(HALF, WeeklyRuns.WEEKS, expected)) {
            for (Run run : new RunLoader().load(examples).runs()) {
                expected.add(ContentHash.of(run));
            }
            Process first = fetch(early, store, dir.resolve("cache-1"));
            Process second = fetch(late, store, dir.resolve("cache-2"));
            try (RunStore explorer = Stores.open(StoreAddress.ofFile(store), Stores.Refill.NONE, note -> {})) {
                List<String> notes = new ArrayList<>();
                RunOpener opener = new RunOpener(new RunLoader(), new Indexer(explorer, notes::add));
                for (int round = 0; round < 3; round++) {
                    assertThat(opener.read(List.of(examples), (l, d, t) -> {}).runs())
                            .isNotEmpty();
                }
                assertThat(notes).isEmpty();
            }
            assertFinished(first);
            assertFinished(second);
        }
        try (RunStore after = Stores.open(StoreAddress.ofFile(store), Stores.Refill.NONE, note -> {})) {
            assertThat(after.hashes()).isEqualTo(expected);
            assertThat(after.list(RunFilter.of("acme/kernels", null))).hasSize(3 * WeeklyRuns.WEEKS);
        }
    }

    /** Weeks {@code from} to {@code to} as workflow runs, their runs' hashes added to {@code hashes}. */
    private GitHubTestServer server(int from, int to, Set<String> hashes) throws IOException {
        Path source = dir.resolve("source");
        GitHubTestServer server = WeeklyRuns.server(source, from, to);
        for (int week = from; week < to; week++) {
            new RunLoader()
                    .load(source.resolve("week-" + week + ".zip"))
                    .runs()
                    .forEach(r -> hashes.add(ContentHash.of(r)));
        }
        return server;
    }

    private static Process fetch(GitHubTestServer server, Path store, Path cache) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BenchlensCli.class.getName(),
                        "fetch",
                        GitHubTestServer.OWNER_REPO,
                        "-q",
                        "--last",
                        "12",
                        "--out",
                        cache.toString())
                .redirectErrorStream(true);
        builder.environment().put("BENCHLENS_STORE", store.toString());
        builder.environment().put("GITHUB_API_URL", server.api().toString());
        builder.environment().put("GITHUB_TOKEN", GitHubTestServer.TOKEN);
        return builder.start();
    }

    private static void assertFinished(Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("not indexed").contains(HALF + " of " + HALF + " run(s) available");
        assertThat(output).as("no logging from Flyway, HikariCP or SLF4J").doesNotContain("SLF4J", "INFO", "WARN");
    }
}
