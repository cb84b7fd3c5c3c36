package dev.benchlens.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Any bytes as GitHub's answers, for the fuzz target: as each JSON page the client reads (runs, one run,
 * artifacts), and as the headers it reads (Link, x-ratelimit-reset, retry-after). The property: a list, or one
 * {@link GitHubException} line; never another exception, which would be a fault of ours (exit 3).
 */
public final class GitHubAnswers {

    private GitHubAnswers() {}

    public static void readAll(byte[] content) {
        String what = "fuzzing";
        try {
            ApiJson.runs(content, what);
        } catch (GitHubException e) {
            assertOneLine(e);
        }
        try {
            ApiJson.run(content, what);
        } catch (GitHubException e) {
            assertOneLine(e);
        }
        try {
            ApiJson.artifacts(content, what);
        } catch (GitHubException e) {
            assertOneLine(e);
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        GitHubClient.nextPage(text);
        HttpHeaders headers = HttpHeaders.of(
                Map.of(
                        "x-ratelimit-remaining", List.of("0"),
                        "x-ratelimit-reset", List.of(text),
                        "x-ratelimit-limit", List.of(text),
                        "retry-after", List.of(text)),
                (name, value) -> true);
        for (int status : new int[] {403, 429}) {
            assertOneLine(ApiErrors.of(status, headers, what, "GITHUB_TOKEN", ZoneOffset.UTC));
        }
    }

    private static void assertOneLine(GitHubException e) {
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
    }
}
