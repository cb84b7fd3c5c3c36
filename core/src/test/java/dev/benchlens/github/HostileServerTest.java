package dev.benchlens.github;

import static dev.benchlens.github.HostileServer.chunk;
import static dev.benchlens.github.HostileServer.run;
import static dev.benchlens.github.HostileServer.runsPage;
import static dev.benchlens.github.HostileServer.send;
import static dev.benchlens.github.HostileServer.startChunked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub client against a server that misbehaves, each case of issue 25's list: whatever it sends, a request
 * ends within bounded time and memory with one {@link GitHubException} line, the token goes nowhere but the API,
 * and nothing is written outside the cache. Limits are small (1 s idle) so that each case takes seconds.
 */
@Timeout(60)
class HostileServerTest {

    private static final Repository REPO = new Repository("acme", "kernels");
    private static final String TOKEN = "hostile-test-token";
    private static final FetchLimits QUICK = new FetchLimits(Duration.ofSeconds(1), 64 * 1024, 5, 4 << 20);
    private static final String RUNS_PATH = "/repos/acme/kernels/actions/workflows/linux-arm64-bench.yml/runs";
    private static final RunQuery QUERY = new RunQuery(RunQuery.DEFAULT_WORKFLOW, null, null, 500);

    @TempDir
    Path dir;

    private static GitHubClient client(HostileServer server) {
        return new GitHubClient(server.api(), new Token(TOKEN, "GITHUB_TOKEN"), ZoneOffset.UTC, QUICK);
    }

    private static String message(ThrowingCall call) {
        try {
            call.run();
        } catch (GitHubException e) {
            assertThat(e.getMessage())
                    .doesNotContain("\n")
                    .doesNotContain(TOKEN)
                    .doesNotEndWith("null");
            return e.getMessage();
        }
        throw new AssertionError("expected a GitHubException");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws GitHubException;
    }

    /** An artifact listing that names one artifact of {@code size} bytes, its download a redirect to /storage. */
    private static boolean artifactRoutes(HostileServer.Request request, OutputStream out, long size)
            throws IOException {
        if (request.path().endsWith("/artifacts?per_page=100")) {
            send(
                    out,
                    200,
                    "{\"artifacts\":[{\"id\":7,\"name\":\"results\",\"size_in_bytes\":" + size
                            + ",\"expired\":false}]}");
            return true;
        }
        if (request.path().endsWith("/artifacts/7/zip")) {
            send(out, 302, "", "Location: /storage/7.zip");
            return true;
        }
        return false;
    }

    private Fetcher fetcher(HostileServer server) {
        return new Fetcher(client(server), new ArtifactCache(dir.resolve("cache")));
    }

    private static WorkflowRun aRun() {
        return new WorkflowRun(1, null, "main", "push", "0123456789", Instant.EPOCH, "success", "bench");
    }

    @Test
    void anEndlessDownloadStopsPastTheDeclaredSizeWithProgressAtMostOnceASecond() throws Exception {
        try (HostileServer server = new HostileServer((request, out) -> {
            if (!artifactRoutes(request, out, 4500)) {
                startChunked(out);
                byte[] block = new byte[8192];
                while (true) {
                    chunk(out, block); // an artifact that declares 4.5 KB and never ends
                }
            }
        })) {
            AtomicInteger progressLines = new AtomicInteger();
            long start = System.nanoTime();
            String message = message(() ->
                    fetcher(server).fetch(REPO, aRun(), "results", (done, total) -> progressLines.incrementAndGet()));
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(message)
                    .contains("the server sent more than 1.0 MB while downloading artifact results (7)")
                    .contains("declares 4.4 KB");
            assertThat(progressLines.get()).isLessThanOrEqualTo((int) seconds + 2);
            assertThat(filesUnder(dir)).isEmpty(); // no .part left behind
        }
    }

    @Test
    void aDownloadThatDripsAByteAtATimeStopsAfterTheIdleTime() throws Exception {
        try (HostileServer server = new HostileServer((request, out) -> {
            if (!artifactRoutes(request, out, 4500)) {
                startChunked(out);
                while (true) {
                    chunk(out, new byte[] {'P'});
                    Thread.sleep(100);
                }
            }
        })) {
            long start = System.nanoTime();
            String message = message(() -> fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE));

            assertThat(message)
                    .contains("stopped answering while downloading artifact results (7)")
                    .contains("less than 1.0 KB in 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(filesUnder(dir)).isEmpty();
        }
    }

    @Test
    void aListingThatDripsOrNeverAnswersStopsAfterTheIdleTime() throws Exception {
        try (HostileServer drip = new HostileServer((request, out) -> {
                    startChunked(out);
                    chunk(out, "{\"workflow_runs\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    while (true) {
                        chunk(out, new byte[] {' '});
                        Thread.sleep(100);
                    }
                });
                HostileServer silent = new HostileServer((request, out) -> Thread.sleep(60_000))) {
            assertThat(message(() -> client(drip).runs(REPO, QUERY)))
                    .contains("stopped answering while listing the runs");
            assertThat(message(() -> client(silent).runs(REPO, QUERY)))
                    .contains("could not reach 127.0.0.1 while listing the runs of acme/kernels")
                    .contains("no answer within 1 s");
        }
    }

    @Test
    void aHugeJsonAnswerIsCutAtThePageCapNotHeldInMemory() throws Exception {
        long[] sent = {0};
        try (HostileServer server = new HostileServer((request, out) -> {
            startChunked(out);
            chunk(out, "{\"workflow_runs\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long total = 0; total < 1_500_000_000L; total += spaces.length) { // 1.5 GB, if it were all read
                chunk(out, spaces);
                sent[0] = total;
            }
        })) {
            assertThat(message(() -> client(server).runs(REPO, QUERY)))
                    .isEqualTo("GitHub's answer was larger than 64.0 KB while listing the runs of acme/kernels"
                            + " workflow linux-arm64-bench.yml; stopped (a page is never that large)");
            assertThat(sent[0]).isLessThan(100L << 20);
        }
    }

    @Test
    void aLinkBackToAPageAlreadyReadOrEndlessPagesStop() throws Exception {
        AtomicInteger page = new AtomicInteger(1);
        try (HostileServer loop = new HostileServer((request, out) -> send(
                        out,
                        200,
                        runsPage(run(1, "main", "2025-01-01T00:00:00Z")),
                        "Link: <" + RUNS_PATH + "?per_page=100>; rel=\"next\""));
                HostileServer endless = new HostileServer((request, out) -> send(
                        out,
                        200,
                        runsPage(),
                        "Link: <" + RUNS_PATH + "?page=" + page.incrementAndGet() + ">; rel=\"next\""))) {
            assertThat(message(() -> client(loop).runs(REPO, QUERY)))
                    .startsWith("GitHub's Link header pointed back at a page already read");
            assertThat(loop.requests()).hasSize(1);
            assertThat(message(() -> client(endless).runs(REPO, QUERY))).startsWith("more than 5 pages while listing");
            assertThat(endless.requests()).hasSize(5);
        }
    }

    @Test
    void theTokenGoesOnlyToTheApiNeverToALinkOrRedirectElsewhere() throws Exception {
        try (HostileServer elsewhere = new HostileServer((request, out) -> send(out, 200, runsPage()))) {
            String other = elsewhere.api().toString();
            try (HostileServer server = new HostileServer((request, out) -> {
                if (request.path().endsWith("/artifacts?per_page=100")) {
                    send(out, 200, "{\"artifacts\":[{\"id\":7,\"name\":\"results\",\"size_in_bytes\":10}]}");
                } else if (request.path().endsWith("/zip")) {
                    send(out, 302, "", "Location: " + other + "/storage/7.zip");
                } else {
                    send(out, 200, runsPage(), "Link: <" + other + RUNS_PATH + "?page=2>; rel=\"next\"");
                }
            })) {
                assertThat(message(() -> client(server).runs(REPO, QUERY)))
                        .startsWith("GitHub's Link header points at another server (" + "http://127.0.0.1:"
                                + elsewhere.api().getPort() + ")");
                // The redirect is followed (that is where GitHub keeps artifacts), without the token.
                assertThat(fetcher(server)
                                .fetch(REPO, aRun(), "results", ByteProgress.NONE)
                                .kind())
                        .isEqualTo(FetchOutcome.Kind.REJECTED); // what it sent is no zip
                assertThat(elsewhere.requests()).hasSize(1);
                assertThat(elsewhere.requests().getFirst().authorization()).isNull();
                assertThat(server.requests())
                        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
            }
        }
    }

    @Test
    void onlyHttpsOrTheApisOwnSchemeIsFollowed() throws Exception {
        try (HostileServer server = new HostileServer((request, out) -> {
            if (!request.path().endsWith("/zip")) {
                artifactRoutes(request, out, 10);
            } else {
                send(out, 302, "", "Location: file:///etc/passwd");
            }
        })) {
            assertThat(message(() -> fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE)))
                    .isEqualTo("GitHub's Location header points at file:///etc/passwd while downloading artifact"
                            + " results (7); only https is followed");
        }
    }

    @Test
    void malformedHeadersAndFieldsAreOneLineEach() throws Exception {
        String good = runsPage(run(1, "main", "2025-01-01T00:00:00Z"));
        List<String[]> cases = List.of(
                new String[] {"Link: <http://[::1>; rel=\"next\"", good, "GitHub's Link header is malformed"},
                new String[] {"X: y", runsPage(run(1, "main", "yesterday")), "created_at that is not a time (yesterday)"
                },
                new String[] {"X: y", runsPage("{\"id\":\"one\"}"), "malformed id (\"one\")"},
                new String[] {"X: y", "{\"workflow_runs\":{}}", "malformed workflow_runs"},
                new String[] {"X: y", "not json", "GitHub's answer was not JSON"});
        for (String[] c : cases) {
            try (HostileServer server = new HostileServer((request, out) -> send(out, 200, c[1], c[0]))) {
                assertThat(message(() -> client(server).runs(REPO, QUERY)))
                        .as(c[2])
                        .contains(c[2]);
            }
        }
        try (HostileServer server = new HostileServer((request, out) -> {
            if (!request.path().endsWith("/zip")) {
                artifactRoutes(request, out, 10);
            } else {
                send(out, 302, "", "Location: http://[bad");
            }
        })) {
            assertThat(message(() -> fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE)))
                    .startsWith("GitHub's Location header is malformed (http://[bad) while downloading");
        }
        for (String reset : List.of("99999999999999999999", "-5", "1e99", "9223372036854775807")) {
            try (HostileServer server = new HostileServer((request, out) -> send(
                    out,
                    403,
                    "{}",
                    "x-ratelimit-remaining: 0",
                    "x-ratelimit-limit: <b>lots</b>",
                    "x-ratelimit-reset: " + reset))) {
                assertThat(message(() -> client(server).runs(REPO, QUERY)))
                        .as(reset)
                        .isEqualTo("GitHub's API rate limit is used up; try again then");
            }
        }
    }

    @Test
    void aTokenWithALineBreakIsNeverSentNorPrinted() throws Exception {
        try (HostileServer server = new HostileServer((request, out) -> send(out, 200, runsPage()))) {
            String secret = "ghp_secret\r\nX-Injected: yes";
            GitHubClient client = new GitHubClient(server.api(), new Token(secret, "GH_TOKEN"), ZoneOffset.UTC, QUICK);
            String message = message(() -> client.runs(REPO, QUERY));
            assertThat(message)
                    .isEqualTo("the token from GH_TOKEN holds a space, a line break or another character no token"
                            + " has; set it again (it is not printed)")
                    .doesNotContain("ghp_")
                    .doesNotContain("secret");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void withoutANetworkTheLineSaysWhyNotNull() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        GitHubClient client = new GitHubClient(
                java.net.URI.create("http://127.0.0.1:" + port),
                new Token(TOKEN, "GITHUB_TOKEN"),
                ZoneOffset.UTC,
                QUICK);
        assertThat(message(() -> client.runs(REPO, QUERY)))
                .startsWith("could not reach 127.0.0.1 while listing the runs")
                .doesNotContain(": null");
        GitHubClient nowhere = new GitHubClient(
                java.net.URI.create("https://no-such-host.invalid"),
                new Token(TOKEN, "GITHUB_TOKEN"),
                ZoneOffset.UTC,
                QUICK);
        assertThat(message(() -> nowhere.runs(REPO, QUERY)))
                .isEqualTo("could not reach no-such-host.invalid while listing the runs of acme/kernels workflow"
                        + " linux-arm64-bench.yml: its address could not be found (no network, or a wrong"
                        + " GITHUB_API_URL?)");
    }

    @Test
    void nothingIsWrittenThroughASymbolicLinkInTheCache() throws Exception {
        byte[] zip = Files.readAllBytes(WeeklyRuns.artifact(dir.resolve("source/w.zip"), 0));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.txt"), "keep me");
        try (HostileServer server = serving(zip)) {
            Path cache = dir.resolve("cache");
            Path folder = Files.createDirectories(cache.resolve("acme/kernels"));
            // The artifact's folder is a link out of the cache: refused, nothing written there.
            Files.createSymbolicLink(folder.resolve("7"), outside);
            assertThat(message(() -> fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE)))
                    .startsWith("the cache folder " + folder.resolve("7") + " is a symbolic link");
            assertThat(filesUnder(outside)).containsExactly(victim);

            // The zip's name and the old fixed .part name are links out: replaced or left alone, never written through.
            Files.delete(folder.resolve("7"));
            Path artifactFolder = Files.createDirectories(folder.resolve("7"));
            Files.createSymbolicLink(artifactFolder.resolve("results.zip.part"), victim);
            Files.createSymbolicLink(artifactFolder.resolve("results.zip"), victim);
            FetchOutcome outcome = fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE);
            assertThat(outcome.kind()).as(outcome.message()).isEqualTo(FetchOutcome.Kind.DOWNLOADED);
            assertThat(Files.readString(victim)).isEqualTo("keep me");
            assertThat(Files.isSymbolicLink(artifactFolder.resolve("results.zip")))
                    .isFalse();
            assertThat(Files.readAllBytes(artifactFolder.resolve("results.zip")))
                    .isEqualTo(zip);
        }
    }

    @Test
    void aTruncatedCachedZipIsDownloadedAgainNotCalledCached() throws Exception {
        byte[] zip = Files.readAllBytes(WeeklyRuns.artifact(dir.resolve("source/w.zip"), 0));
        try (HostileServer server = serving(zip)) {
            assertThat(fetcher(server)
                            .fetch(REPO, aRun(), "results", ByteProgress.NONE)
                            .kind())
                    .isEqualTo(FetchOutcome.Kind.DOWNLOADED);
            Path cached =
                    new ArtifactCache(dir.resolve("cache")).zip(REPO, new Artifact(7, "results", zip.length, false));
            assertThat(fetcher(server)
                            .fetch(REPO, aRun(), "results", ByteProgress.NONE)
                            .kind())
                    .isEqualTo(FetchOutcome.Kind.CACHED);

            Files.write(cached, java.util.Arrays.copyOf(zip, zip.length / 2));
            FetchOutcome again = fetcher(server).fetch(REPO, aRun(), "results", ByteProgress.NONE);
            assertThat(again.kind()).isEqualTo(FetchOutcome.Kind.DOWNLOADED);
            assertThat(again.message())
                    .endsWith("(the cached copy was damaged: " + zip.length / 2 + " bytes where " + zip.length
                            + " were downloaded)");
            assertThat(Files.readAllBytes(cached)).isEqualTo(zip);
            assertThat(server.requests().stream().filter(r -> r.path().equals("/storage/7.zip")))
                    .hasSize(2);
        }
    }

    /** A server with one run whose artifact 7 is {@code zip}. */
    private static HostileServer serving(byte[] zip) throws IOException {
        return new HostileServer((request, out) -> {
            if (!artifactRoutes(request, out, zip.length)) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + zip.length + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.write(zip);
            }
        });
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && !f.startsWith(folder.resolve("source")))
                    .toList();
        }
    }
}
