package dev.benchlens.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API for workflow runs and their artifacts, through the JDK's HTTP client: lists runs (following the
 * {@code Link} header's pages), lists a run's artifacts, and downloads an artifact's zip, whose answer is a 302 to a
 * short-lived storage URL that is fetched without the token.
 *
 * <p>The server is not trusted: every answer is held to {@link FetchLimits} (idle time, size, pages), the token goes
 * only to the API's own scheme, host and port, a page is never read twice, only {@code https} (or the API's own
 * scheme) is followed, and a malformed header or field is a {@link GitHubException} with one line.
 */
public final class GitHubClient {

    public static final URI PUBLIC_API = URI.create("https://api.github.com");
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");

    private final URI api;
    private final Token token;
    private final HttpClient http;
    private final ZoneId zone;
    private final FetchLimits limits;

    public GitHubClient(URI api, Token token, ZoneId zone) {
        this(api, token, zone, FetchLimits.DEFAULTS);
    }

    public GitHubClient(URI api, Token token, ZoneId zone, FetchLimits limits) {
        this.api = URI.create(api.toString().endsWith("/") ? api.toString() : api + "/");
        this.token = token;
        this.zone = zone;
        this.limits = limits;
        // Redirects are followed by hand: the storage URL must not receive the token.
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.idle())
                .build();
    }

    /**
     * {@code GITHUB_API_URL} when set (GitHub Enterprise, tests), else the public API; an address that is not an
     * absolute http or https URL is an {@link IllegalArgumentException} with a line for the user.
     */
    public static URI apiUrl(Map<String, String> env) {
        String url = env.get("GITHUB_API_URL");
        if (url == null || url.isBlank()) {
            return PUBLIC_API;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "GITHUB_API_URL is not an http or https address (" + ApiJson.quoted(url.strip()) + ")");
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
        Pages pages = new Pages(api.resolve(path.toString()), what);
        while (pages.hasNext() && runs.size() < query.last()) {
            for (WorkflowRun run : ApiJson.runs(pages.next(), what)) {
                if (runs.size() < query.last()) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    /** One run by its id. */
    public WorkflowRun run(Repository repo, long runId) throws GitHubException {
        String what = "reading run " + runId + " of " + repo;
        return ApiJson.run(
                get(api.resolve("repos/" + repo + "/actions/runs/" + runId), what)
                        .body(),
                what);
    }

    /** Every artifact of a run, expired ones included. */
    public List<Artifact> artifacts(Repository repo, long runId) throws GitHubException {
        String what = "listing the artifacts of run " + runId + " of " + repo;
        List<Artifact> artifacts = new ArrayList<>();
        Pages pages =
                new Pages(api.resolve("repos/" + repo + "/actions/runs/" + runId + "/artifacts?per_page=100"), what);
        while (pages.hasNext()) {
            artifacts.addAll(ApiJson.artifacts(pages.next(), what));
        }
        return artifacts;
    }

    /**
     * Downloads an artifact's zip onto {@code out}, telling {@code progress} the bytes at most once a second and
     * at the end; returns the byte count. More than the artifact's declared size allows, or a stall, ends it.
     */
    public long download(Repository repo, Artifact artifact, OutputStream out, ByteProgress progress)
            throws GitHubException {
        String what = "downloading artifact " + artifact.name() + " (" + artifact.id() + ")";
        URI uri = api.resolve("repos/" + repo + "/actions/artifacts/" + artifact.id() + "/zip");
        HttpResponse<InputStream> response = send(authorized(uri), uri, what);
        if (isRedirect(response.statusCode())) {
            close(response);
            URI storage = followed(
                    header(response.headers(), "location", what)
                            .orElseThrow(() ->
                                    new GitHubException("GitHub answered a redirect without a location while " + what)),
                    uri,
                    "Location",
                    what);
            response = send(plain(storage), storage, what);
        }
        if (response.statusCode() != 200) {
            close(response);
            throw ApiErrors.of(response.statusCode(), response.headers(), what, token.source(), zone);
        }
        long cap = limits.artifactCap(artifact.sizeInBytes());
        OptionalLong length = contentLength(response.headers(), what);
        if (length.isPresent() && length.getAsLong() > cap) {
            close(response);
            throw tooLarge(what, artifact, cap);
        }
        long total = length.isPresent() ? length.getAsLong() : artifact.sizeInBytes();
        try (BoundedBody body = new BoundedBody(response.body(), cap, limits.idle())) {
            return copy(body, out, total, progress);
        } catch (BoundedBody.TooLarge e) {
            throw tooLarge(what, artifact, cap);
        } catch (IOException e) {
            throw unreachable(response.uri(), what, e);
        }
    }

    private static GitHubException tooLarge(String what, Artifact artifact, long cap) {
        return new GitHubException("the server sent more than " + Fetcher.bytes(cap) + " while " + what + ", which"
                + (artifact.sizeInBytes() < 0 ? "" : " declares " + Fetcher.bytes(artifact.sizeInBytes()) + " and")
                + " may not be larger; stopped and not kept");
    }

    /** Copies, with progress at most once a second and once at the end, so a fast or endless body cannot flood. */
    private static long copy(InputStream in, OutputStream out, long total, ByteProgress progress) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long done = 0;
        long lastTold = System.nanoTime();
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            done += read;
            long now = System.nanoTime();
            if (now - lastTold >= 1_000_000_000L) {
                lastTold = now;
                progress.bytes(done, total);
            }
        }
        progress.bytes(done, total);
        return done;
    }

    /** The pages of one listing: each read once, at most {@link FetchLimits#maxPages()}, all on the API's origin. */
    private final class Pages {
        private final Set<URI> visited = new HashSet<>();
        private final String what;
        private URI next;

        Pages(URI first, String what) {
            this.next = first;
            this.what = what;
        }

        boolean hasNext() {
            return next != null;
        }

        byte[] next() throws GitHubException {
            if (!visited.add(next.normalize())) {
                throw new GitHubException(
                        "GitHub's Link header pointed back at a page already read while " + what + "; stopped");
            }
            if (visited.size() > limits.maxPages()) {
                throw new GitHubException("more than " + limits.maxPages() + " pages while " + what + "; stopped");
            }
            Page page = get(next, what);
            Optional<String> link = header(page.headers(), "link", what);
            next = null;
            if (link.isPresent()) {
                Optional<String> target = nextPage(link.get());
                if (target.isPresent()) {
                    next = followed(target.get(), api, "Link", what);
                    if (!sameOrigin(next, api)) {
                        throw new GitHubException("GitHub's Link header points at another server (" + origin(next)
                                + ") while " + what + "; not followed, so that the token goes only to " + origin(api));
                    }
                }
            }
            return page.body();
        }
    }

    private Page get(URI uri, String what) throws GitHubException {
        HttpResponse<InputStream> response = send(authorized(uri), uri, what);
        if (response.statusCode() != 200) {
            close(response);
            throw ApiErrors.of(response.statusCode(), response.headers(), what, token.source(), zone);
        }
        try (BoundedBody body = new BoundedBody(response.body(), limits.maxPageBytes(), limits.idle())) {
            return new Page(response.headers(), body.readAll());
        } catch (BoundedBody.TooLarge e) {
            throw new GitHubException("GitHub's answer was larger than " + Fetcher.bytes(limits.maxPageBytes())
                    + " while " + what + "; stopped (a page is never that large)");
        } catch (IOException e) {
            throw unreachable(uri, what, e);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI uri, String what) throws GitHubException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unreachable(uri, what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException("interrupted while " + what);
        }
    }

    private GitHubException unreachable(URI uri, String what, IOException e) {
        if (e instanceof BoundedBody.Stalled) {
            return new GitHubException(origin(uri) + " stopped answering while " + what + ": " + e.getMessage());
        }
        return new GitHubException("could not reach " + uri.getHost() + " while " + what + ": "
                + NetworkErrors.describe(e, limits.idle()));
    }

    /** A request that carries the token: only ever to the API's own scheme, host and port. */
    private HttpRequest authorized(URI uri) throws GitHubException {
        if (!sameOrigin(uri, api)) {
            throw new GitHubException("not sending the token to " + origin(uri) + ", which is not " + origin(api));
        }
        if (!token.isWellFormed()) {
            throw new GitHubException(token.malformed());
        }
        return HttpRequest.newBuilder(uri)
                .timeout(limits.idle())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "benchlens")
                .header("Authorization", "Bearer " + token.value())
                .GET()
                .build();
    }

    private HttpRequest plain(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(limits.idle())
                .header("User-Agent", "benchlens")
                .GET()
                .build();
    }

    /**
     * The address a {@code Location} or {@code Link} names, resolved against {@code base}: only https, or the
     * API's own scheme (a local GitHub Enterprise or test server may be plain http).
     */
    private URI followed(String target, URI base, String header, String what) throws GitHubException {
        URI uri;
        try {
            uri = base.resolve(new URI(target.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new GitHubException(
                    "GitHub's " + header + " header is malformed (" + ApiJson.quoted(target) + ") while " + what);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals(api.getScheme()))) {
            throw new GitHubException("GitHub's " + header + " header points at " + ApiJson.quoted(target) + " while "
                    + what + "; only https is followed");
        }
        return uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + port(uri);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Optional<String> header(HttpHeaders headers, String name, String what) throws GitHubException {
        List<String> values = headers.allValues(name);
        if (values.size() > 1 && !name.equals("link")) {
            throw new GitHubException("GitHub's answer has " + values.size() + " " + name + " headers while " + what);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    private static OptionalLong contentLength(HttpHeaders headers, String what) throws GitHubException {
        Optional<String> value = header(headers, "content-length", what);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(value.get().strip());
            if (length >= 0) {
                return OptionalLong.of(length);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new GitHubException(
                "GitHub's Content-Length header is malformed (" + ApiJson.quoted(value.get()) + ") while " + what);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing more is read from it.
        }
    }

    /** The target of the {@code rel="next"} link, as written. */
    static Optional<String> nextPage(String link) {
        Matcher m = NEXT.matcher(link);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An answer's headers and its body, read within the limits. */
    @SuppressWarnings("ArrayRecordComponent") // read once, never compared or hashed
    private record Page(HttpHeaders headers, byte[] body) {}
}
