package dev.benchlens.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API for workflow runs and artifacts as a local server started by a test, answering with the
 * shapes GitHub documents: pages with a {@code Link} header, an artifact download that answers 302 to a storage URL
 * (which must come without the token), 410 for an expired artifact, 401 for a wrong token, 404 for an unknown
 * repository, and 403 with {@code x-ratelimit-remaining: 0} when rate-limited. No test touches the network.
 */
public final class GitHubTestServer implements AutoCloseable {

    public static final String TOKEN = "test-token";
    public static final String OWNER_REPO = "acme/kernels";
    public static final String ARTIFACT = "linux-arm64-benchmark-results";
    /** Runs per page whatever per_page asks, so that every listing of more than two runs is paginated. */
    static final int PAGE = 2;

    private static final Pattern RUNS = Pattern.compile("/repos/acme/kernels/actions/workflows/([^/]+)/runs");
    private static final Pattern RUN = Pattern.compile("/repos/acme/kernels/actions/runs/(\\d+)");
    private static final Pattern ARTIFACTS = Pattern.compile("/repos/acme/kernels/actions/runs/(\\d+)/artifacts");
    private static final Pattern DOWNLOAD = Pattern.compile("/repos/acme/kernels/actions/artifacts/(\\d+)/zip");
    private static final Pattern STORAGE = Pattern.compile("/storage/(\\d+)\\.zip");

    /** One run the server knows, newest first in the listing, with its artifact's zip. */
    @SuppressWarnings("ArrayRecordComponent") // the zip is only served; runs are never compared or hashed
    public record FakeRun(
            long id,
            String branch,
            String event,
            String sha,
            Instant created,
            String conclusion,
            byte[] zip,
            boolean expired) {
        long artifactId() {
            return id + 10_000;
        }
    }

    private final HttpServer server;
    private final List<FakeRun> runs;
    private final Map<Long, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private final List<String> leakedTokens = new CopyOnWriteArrayList<>();
    private final Set<Long> goneOnDownload = ConcurrentHashMap.newKeySet();
    private volatile Long rateLimitResetEpoch;

    public GitHubTestServer(List<FakeRun> runsNewestFirst) throws IOException {
        this.runs = List.copyOf(runsNewestFirst);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many times the artifact of this run was fetched from storage. */
    public int downloads(long runId) {
        return downloads.getOrDefault(runId + 10_000, new AtomicInteger()).get();
    }

    /** Storage requests that carried an Authorization header: must stay empty. */
    public List<String> leakedTokens() {
        return leakedTokens;
    }

    /** From now on every API call answers 403 with the rate limit used up, resetting at this time. */
    public void rateLimit(long resetEpochSeconds) {
        rateLimitResetEpoch = resetEpochSeconds;
    }

    /** The artifact of this run is listed as not expired but answers 410 on download, as GitHub may. */
    public void goneOnDownload(long runId) {
        goneOnDownload.add(runId + 10_000);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher storage = STORAGE.matcher(path);
            if (storage.matches()) {
                if (exchange.getRequestHeaders().containsKey("Authorization")) {
                    leakedTokens.add(path);
                    send(exchange, 400, "{\"message\":\"Authorization not allowed here\"}");
                    return;
                }
                long id = Long.parseLong(storage.group(1));
                downloads.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                byte[] zip = byArtifact(id).zip();
                exchange.getResponseHeaders().add("Content-Type", "application/zip");
                exchange.sendResponseHeaders(200, zip.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(zip);
                }
                return;
            }
            if (rateLimitResetEpoch != null) {
                exchange.getResponseHeaders().add("x-ratelimit-limit", "5000");
                exchange.getResponseHeaders().add("x-ratelimit-remaining", "0");
                exchange.getResponseHeaders().add("x-ratelimit-reset", Long.toString(rateLimitResetEpoch));
                send(exchange, 403, "{\"message\":\"API rate limit exceeded\"}");
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"message\":\"Bad credentials\"}");
                return;
            }
            route(exchange, path);
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        Matcher m;
        if ((m = RUNS.matcher(path)).matches()) {
            if (!m.group(1).equals("linux-arm64-bench.yml")) {
                send(exchange, 404, "{\"message\":\"Not Found\"}");
                return;
            }
            listRuns(exchange);
        } else if ((m = ARTIFACTS.matcher(path)).matches()) {
            FakeRun run = byId(Long.parseLong(m.group(1)));
            if (run == null) {
                send(exchange, 404, "{\"message\":\"Not Found\"}");
                return;
            }
            send(
                    exchange,
                    200,
                    "{\"total_count\":1,\"artifacts\":[{\"id\":" + run.artifactId() + ",\"name\":\"" + ARTIFACT
                            + "\",\"size_in_bytes\":" + run.zip().length + ",\"expired\":" + run.expired() + "}]}");
        } else if ((m = RUN.matcher(path)).matches()) {
            FakeRun run = byId(Long.parseLong(m.group(1)));
            if (run == null) {
                send(exchange, 404, "{\"message\":\"Not Found\"}");
            } else {
                send(exchange, 200, json(run));
            }
        } else if ((m = DOWNLOAD.matcher(path)).matches()) {
            FakeRun run = byArtifact(Long.parseLong(m.group(1)));
            if (run == null || run.expired() || goneOnDownload.contains(run.artifactId())) {
                send(exchange, 410, "{\"message\":\"Artifact has expired\"}");
                return;
            }
            exchange.getResponseHeaders().add("Location", api() + "/storage/" + run.artifactId() + ".zip");
            exchange.sendResponseHeaders(302, -1);
        } else {
            send(exchange, 404, "{\"message\":\"Not Found\"}");
        }
    }

    private void listRuns(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery() == null
                ? ""
                : exchange.getRequestURI().getQuery();
        int page = param(query, "page").map(Integer::parseInt).orElse(1);
        String branch = param(query, "branch").orElse(null);
        String event = param(query, "event").orElse(null);
        List<FakeRun> matching = runs.stream()
                .filter(r -> branch == null || r.branch().equals(branch))
                .filter(r -> event == null || r.event().equals(event))
                .toList();
        int from = Math.min((page - 1) * PAGE, matching.size());
        int to = Math.min(from + PAGE, matching.size());
        List<String> items = new ArrayList<>();
        for (FakeRun run : matching.subList(from, to)) {
            items.add(json(run));
        }
        if (to < matching.size()) {
            String base = api() + exchange.getRequestURI().getPath() + "?" + query.replaceAll("&?page=\\d+", "");
            exchange.getResponseHeaders()
                    .add(
                            "Link",
                            "<" + base + "&page=" + (page + 1) + ">; rel=\"next\", <" + base + "&page="
                                    + ((matching.size() + PAGE - 1) / PAGE) + ">; rel=\"last\"");
        }
        send(
                exchange,
                200,
                "{\"total_count\":" + matching.size() + ",\"workflow_runs\":[" + String.join(",", items) + "]}");
    }

    private static Optional<String> param(String query, String name) {
        for (String pair : query.split("&", -1)) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private String json(FakeRun run) {
        return "{\"id\":" + run.id() + ",\"name\":\"linux-arm64-bench\",\"head_branch\":\"" + run.branch()
                + "\",\"head_sha\":\"" + run.sha() + "\",\"event\":\"" + run.event() + "\",\"status\":\"completed\","
                + "\"conclusion\":" + (run.conclusion() == null ? "null" : "\"" + run.conclusion() + "\"")
                + ",\"html_url\":\"https://github.com/acme/kernels/actions/runs/" + run.id() + "\",\"created_at\":\""
                + run.created() + "\"}";
    }

    private FakeRun byId(long id) {
        return runs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    private FakeRun byArtifact(long artifactId) {
        return runs.stream()
                .filter(r -> r.artifactId() == artifactId)
                .findFirst()
                .orElse(null);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
