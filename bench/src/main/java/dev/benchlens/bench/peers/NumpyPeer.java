package dev.benchlens.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The NumPy peer: runs {@code numpy_peer.py} (shipped in this jar) in a Python process on the same inputs and with
 * the same protocol as the JMH benchmarks, and hands back seconds per operation for each timed iteration.
 */
public final class NumpyPeer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "numpy_peer.py";

    private final String python;

    /** @param python the interpreter to run: python3 unless {@code BENCHLENS_PYTHON} names another */
    public NumpyPeer(String python) {
        this.python = python;
    }

    public static NumpyPeer fromEnvironment(Map<String, String> env) {
        String configured = env.get("BENCHLENS_PYTHON");
        return new NumpyPeer(configured == null || configured.isBlank() ? "python3" : configured);
    }

    /** One case to measure and the operations to measure on it. */
    public record Request(int rows, int cols, String dtype, String layout, List<String> ops) {}

    /** Receives each operation's samples as the Python process reports them. */
    @FunctionalInterface
    public interface Listener {
        void measured(Request request, String op, List<Double> secondsPerOp);
    }

    /** What the Python side said about itself. */
    public record Versions(String numpy, String python) {}

    /** Why the peer cannot run here, in one line; empty when it can. */
    public Optional<String> unavailableReason() {
        try {
            Process p = new ProcessBuilder(python, "-c", "import numpy")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("numpy unavailable: '" + python + " -c \"import numpy\"' did not finish in 30 s");
            }
            return p.exitValue() == 0
                    ? Optional.empty()
                    : Optional.of("numpy unavailable: " + python + " cannot import numpy (looked for " + python
                            + " on PATH or BENCHLENS_PYTHON; install numpy)");
        } catch (IOException e) {
            return Optional.of("numpy unavailable: no " + python + " on PATH (or set BENCHLENS_PYTHON)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("numpy unavailable: interrupted while checking " + python);
        }
    }

    /** Measures every request; returns the versions the process reported. */
    public Versions run(List<Request> requests, int warmup, int iterations, double iterationSeconds, Listener listener)
            throws IOException {
        Path script = Files.createTempFile("benchlens-numpy-peer", ".py");
        try {
            try (InputStream in = NumpyPeer.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IOException(SCRIPT + " is missing from the bench jar");
                }
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            Process process = new ProcessBuilder(python, script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(JSON.writeValueAsBytes(Map.of(
                        "cases",
                        requests.stream()
                                .map(r -> Map.of(
                                        "shape",
                                        List.of(r.rows(), r.cols()),
                                        "dtype",
                                        r.dtype(),
                                        "layout",
                                        r.layout(),
                                        "ops",
                                        r.ops()))
                                .toList(),
                        "warmup",
                        warmup,
                        "iterations",
                        iterations,
                        "iteration_seconds",
                        iterationSeconds)));
            } catch (IOException e) {
                process.destroyForcibly();
                throw new IOException("the NumPy peer exited before reading its request (see its error output)", e);
            }
            Versions versions = read(process, requests, listener);
            waitFor(process);
            return versions;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Versions read(Process process, List<Request> requests, Listener listener) throws IOException {
        Versions versions = null;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = JSON.readTree(line);
                if (node.has("numpy_version")) {
                    versions = new Versions(
                            node.get("numpy_version").asText(),
                            node.path("python_version").asText());
                    continue;
                }
                Request request = match(requests, node);
                List<Double> samples = new ArrayList<>();
                node.get("samples").forEach(s -> samples.add(s.asDouble()));
                listener.measured(request, node.get("op").asText(), samples);
            }
        }
        if (versions == null) {
            throw new IOException("the NumPy peer printed nothing (see its error output above)");
        }
        return versions;
    }

    private static Request match(List<Request> requests, JsonNode node) throws IOException {
        int rows = node.get("shape").get(0).asInt();
        int cols = node.get("shape").get(1).asInt();
        for (Request r : requests) {
            if (r.rows() == rows
                    && r.cols() == cols
                    && r.dtype().equals(node.get("dtype").asText())
                    && r.layout().equals(node.get("layout").asText())) {
                return r;
            }
        }
        throw new IOException("the NumPy peer reported a case that was not asked for: " + node);
    }

    private static void waitFor(Process process) throws IOException {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("the NumPy peer did not exit");
            }
            if (process.exitValue() != 0) {
                throw new IOException("the NumPy peer failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the NumPy peer", e);
        }
    }
}
