package dev.benchlens.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.github.GitHubTestServer.FakeRun;
import dev.benchlens.testing.WeeklyRuns;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client, the cache, the token and the repository's names, each on its own. */
class GitHubAccessTest {

    @TempDir
    Path dir;

    @Test
    void theTokenComesFromGithubTokenThenGhTokenThenGh() {
        assertThat(Token.find(Map.of("GITHUB_TOKEN", "a", "GH_TOKEN", "b"), List.of("false")))
                .get()
                .isEqualTo(new Token("a", "GITHUB_TOKEN"));
        assertThat(Token.find(Map.of("GH_TOKEN", "b"), List.of("false"))).get().isEqualTo(new Token("b", "GH_TOKEN"));
        assertThat(Token.find(Map.of(), List.of("sh", "-c", "echo from-gh")))
                .get()
                .isEqualTo(new Token("from-gh", "sh -c echo from-gh"));
        assertThat(Token.find(Map.of(), List.of("benchlens-no-such-command"))).isEmpty();
        assertThat(Token.find(Map.of(), List.of("sh", "-c", "exit 1"))).isEmpty();
        assertThat(new Token("secret", "GH_TOKEN").toString()).doesNotContain("secret");
    }

    @Test
    void repositoriesAndRunUrlsAreRead() {
        assertThat(Repository.parse("acme/kernels")).isEqualTo(new Repository("acme", "kernels"));
        assertThat(Repository.runUrl("https://github.com/acme/kernels/actions/runs/123/job/9"))
                .get()
                .isEqualTo(new Repository.RunAddress(new Repository("acme", "kernels"), 123));
        assertThat(Repository.runUrl("acme/kernels")).isEmpty();
        assertThatThrownBy(() -> Repository.parse("acme/../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Repository.parse("acme/..")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApiUrlAndTheCacheFolderFollowTheEnvironmentAndTheOs() {
        assertThat(GitHubClient.apiUrl(Map.of())).isEqualTo(GitHubClient.PUBLIC_API);
        assertThat(GitHubClient.apiUrl(Map.of("GITHUB_API_URL", "https://ghe.acme.com/api/v3")))
                .isEqualTo(URI.create("https://ghe.acme.com/api/v3"));
        Path home = Path.of("/home/u");
        assertThat(ArtifactCache.defaultRoot(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/u/.cache/benchlens/github"));
        assertThat(ArtifactCache.defaultRoot(Map.of("XDG_CACHE_HOME", "/c"), "Linux", home))
                .isEqualTo(Path.of("/c/benchlens/github"));
        assertThat(ArtifactCache.defaultRoot(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/u/Library/Caches/benchlens/github"));
        assertThat(ArtifactCache.defaultRoot(Map.of("LOCALAPPDATA", "/w"), "Windows 11", home))
                .isEqualTo(Path.of("/w/benchlens/github"));
    }

    @Test
    void theNextPageIsTakenFromTheLinkHeader() {
        assertThat(GitHubClient.nextPage("<https://api.github.com/x?page=2>; rel=\"next\", "
                        + "<https://api.github.com/x?page=5>; rel=\"last\""))
                .get()
                .isEqualTo("https://api.github.com/x?page=2");
        assertThat(GitHubClient.nextPage("<https://api.github.com/x?page=1>; rel=\"prev\""))
                .isEmpty();
    }

    @Test
    void eachRefusalIsOneLineSayingWhatToDo() {
        Function<Map<String, List<String>>, HttpHeaders> headers = map -> HttpHeaders.of(map, (k, v) -> true);
        assertThat(ApiErrors.of(
                                403,
                                headers.apply(Map.of("retry-after", List.of("60"))),
                                "listing runs",
                                "GH_TOKEN",
                                ZoneOffset.UTC)
                        .getMessage())
                .isEqualTo("GitHub's secondary rate limit was hit while listing runs;" + " try again in 60 second(s)");
        assertThat(ApiErrors.of(
                                429,
                                headers.apply(Map.of(
                                        "x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset", List.of("0"))),
                                "listing runs",
                                "GH_TOKEN",
                                ZoneOffset.UTC)
                        .getMessage())
                .isEqualTo("GitHub's API rate limit is used up; it resets at 00:00 local time (Z); try again then");
        assertThat(ApiErrors.of(403, headers.apply(Map.of()), "listing runs", "GH_TOKEN", ZoneOffset.UTC)
                        .getMessage())
                .startsWith("GitHub refused access (403) while listing runs: the token needs");
        assertThat(ApiErrors.of(410, headers.apply(Map.of()), "downloading", "GH_TOKEN", ZoneOffset.UTC)
                        .status())
                .isEqualTo(410);
    }

    @Test
    void aZipTheReadersRejectIsNotKept() throws Exception {
        byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        FakeRun run = new FakeRun(7, "main", "push", "f".repeat(40), Instant.EPOCH, "success", broken, false);
        try (GitHubTestServer server = new GitHubTestServer(List.of(run))) {
            GitHubClient client =
                    new GitHubClient(server.api(), new Token(GitHubTestServer.TOKEN, "test"), ZoneOffset.UTC);
            Fetcher fetcher = new Fetcher(client, new ArtifactCache(dir));
            WorkflowRun listed = client.run(new Repository("acme", "kernels"), 7);
            FetchOutcome outcome = fetcher.fetch(
                    new Repository("acme", "kernels"), listed, GitHubTestServer.ARTIFACT, ByteProgress.NONE);
            assertThat(outcome.kind()).isEqualTo(FetchOutcome.Kind.REJECTED);
            assertThat(outcome.message()).startsWith("run 7: artifact linux-arm64-benchmark-results not kept: ");
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }

    @Test
    void aRunWithoutTheArtifactSaysWhichItHas() throws Exception {
        Path zip = WeeklyRuns.artifact(dir.resolve("w.zip"), 0);
        FakeRun run = new FakeRun(
                8, "main", "push", "e".repeat(40), Instant.EPOCH, "success", Files.readAllBytes(zip), false);
        try (GitHubTestServer server = new GitHubTestServer(List.of(run))) {
            GitHubClient client =
                    new GitHubClient(server.api(), new Token(GitHubTestServer.TOKEN, "test"), ZoneOffset.UTC);
            FetchOutcome outcome = new Fetcher(client, new ArtifactCache(dir.resolve("cache")))
                    .fetch(
                            new Repository("acme", "kernels"),
                            client.run(new Repository("acme", "kernels"), 8),
                            "other",
                            ByteProgress.NONE);
            assertThat(outcome.kind()).isEqualTo(FetchOutcome.Kind.NO_ARTIFACT);
            assertThat(outcome.message())
                    .isEqualTo("run 8 has no artifact other (it has: " + GitHubTestServer.ARTIFACT + ")");
        }
    }
}
