package dev.benchlens.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API for workflow runs and their artifacts, through the JDK's HTTP client: lists runs (following the
 * {@code Link} header's pages), lists a run's artifacts, and downloads an artifact's zip, whose answer is a 302 to a
 * short-lived storage URL that is fetched without the token.
 */
public final class GitHubClient {

    public static final URI PUBLIC_API = URI.create("https://api.github.com");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI api;
    private final Token token;
    private final HttpClient http;
    private final ZoneId zone;

    public GitHubClient(URI api, Token token, ZoneId zone) {
        this.api = URI.create(api.toString().endsWith("/") ? api.toString() : api + "/");
        this.token = token;
        this.zone = zone;
        // Redirects are followed by hand: the storage URL must not receive the token.
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** {@code GITHUB_API_URL} when set (GitHub Enterprise, tests), else the public API. */
    public static URI apiUrl(Map<String, String> env) {
        String url = env.get("GITHUB_API_URL");
        return url == null || url.isBlank() ? PUBLIC_API : URI.create(url.strip());
    }

    /** The newest runs matching {@code query}, newest first, at most {@code query.last()}. */
    public List<WorkflowRun> runs(Repository repo, RunQuery query) throws GitHubException {
        StringBuilder path = new StringBuilder("repos/" + repo + "/actions/workflows/" + encode(query.workflow())
                + "/runs?per_page=" + Math.min(100, query.last()));
        if (query.branch() != null) {
            path.append("&branch=").append(encode(query.branch()));
        }
        if (query.event() != null) {
            path.append("&event=").append(encode(query.event()));
        }
        String what = "listing the runs of " + repo + " workflow " + query.workflow();
        List<WorkflowRun> runs = new ArrayList<>();
        URI next = api.resolve(path.toString());
        while (next != null && runs.size() < query.last()) {
            HttpResponse<byte[]> response = get(next, what);
            for (JsonNode run : parse(response.body(), what).path("workflow_runs")) {
                if (runs.size() < query.last()) {
                    runs.add(run(run));
                }
            }
            next = response.headers()
                    .firstValue("link")
                    .flatMap(GitHubClient::nextPage)
                    .orElse(null);
        }
        return runs;
    }

    /** One run by its id. */
    public WorkflowRun run(Repository repo, long runId) throws GitHubException {
        String what = "reading run " + runId + " of " + repo;
        return run(parse(
                get(api.resolve("repos/" + repo + "/actions/runs/" + runId), what)
                        .body(),
                what));
    }

    /** Every artifact of a run, expired ones included. */
    public List<Artifact> artifacts(Repository repo, long runId) throws GitHubException {
        String what = "listing the artifacts of run " + runId + " of " + repo;
        List<Artifact> artifacts = new ArrayList<>();
        URI next = api.resolve("repos/" + repo + "/actions/runs/" + runId + "/artifacts?per_page=100");
        while (next != null) {
            HttpResponse<byte[]> response = get(next, what);
            for (JsonNode a : parse(response.body(), what).path("artifacts")) {
                artifacts.add(new Artifact(
                        a.path("id").asLong(),
                        a.path("name").asText(),
                        a.path("size_in_bytes").asLong(-1),
                        a.path("expired").asBoolean(false)));
            }
            next = response.headers()
                    .firstValue("link")
                    .flatMap(GitHubClient::nextPage)
                    .orElse(null);
        }
        return artifacts;
    }

    /** Downloads an artifact's zip to {@code target}, telling {@code progress} the bytes as they come. */
    public void download(Repository repo, Artifact artifact, Path target, ByteProgress progress)
            throws GitHubException {
        String what = "downloading artifact " + artifact.name() + " (" + artifact.id() + ")";
        URI uri = api.resolve("repos/" + repo + "/actions/artifacts/" + artifact.id() + "/zip");
        try {
            HttpResponse<InputStream> response = http.send(authorized(uri), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 302 || response.statusCode() == 301 || response.statusCode() == 307) {
                response.body().close();
                String location = response.headers()
                        .firstValue("location")
                        .orElseThrow(() ->
                                new GitHubException("GitHub answered a redirect without a location while " + what));
                HttpRequest plain = HttpRequest.newBuilder(uri.resolve(location))
                        .timeout(Duration.ofMinutes(10))
                        .header("User-Agent", "benchlens")
                        .GET()
                        .build();
                response = http.send(plain, HttpResponse.BodyHandlers.ofInputStream());
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw ApiErrors.of(response.statusCode(), response.headers(), what, token.source(), zone);
            }
            long total = response.headers().firstValueAsLong("content-length").orElse(artifact.sizeInBytes());
            copy(response.body(), target, total, progress);
        } catch (IOException e) {
            throw new GitHubException("could not reach " + uri.getHost() + " while " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException("interrupted while " + what);
        }
    }

    private static void copy(InputStream body, Path target, long total, ByteProgress progress) throws IOException {
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long done = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                done += read;
                progress.bytes(done, total);
            }
        }
    }

    private HttpResponse<byte[]> get(URI uri, String what) throws GitHubException {
        try {
            HttpResponse<byte[]> response = http.send(authorized(uri), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw ApiErrors.of(response.statusCode(), response.headers(), what, token.source(), zone);
            }
            return response;
        } catch (IOException e) {
            throw new GitHubException("could not reach " + uri.getHost() + " while " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException("interrupted while " + what);
        }
    }

    private HttpRequest authorized(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "benchlens")
                .header("Authorization", "Bearer " + token.value())
                .GET()
                .build();
    }

    private static JsonNode parse(byte[] body, String what) throws GitHubException {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new GitHubException("GitHub's answer was not JSON while " + what);
        }
    }

    private static WorkflowRun run(JsonNode run) {
        String created = run.path("created_at").asText(null);
        return new WorkflowRun(
                run.path("id").asLong(),
                run.path("html_url").asText(null),
                run.path("head_branch").asText(null),
                run.path("event").asText(null),
                run.path("head_sha").asText(null),
                created == null ? null : Instant.parse(created),
                run.path("conclusion").isNull() ? null : run.path("conclusion").asText(null),
                run.path("name").asText(null));
    }

    static Optional<URI> nextPage(String link) {
        Matcher m = NEXT.matcher(link);
        return m.find() ? Optional.of(URI.create(m.group(1))) : Optional.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
