package dev.benchlens.bench.ab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.bench.jmh.KernelBenchmark;
import dev.benchlens.bench.suite.JvmFlags;
import dev.benchlens.bench.suite.SuitePlan;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Measurement;
import dev.benchlens.match.CaseKey;
import dev.benchlens.read.jmh.JmhConversion;
import dev.benchlens.read.jmh.JmhResult;
import dev.benchlens.read.json.BadInputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs one fork: a JVM on one side's classpath running JMH for one benchmark in that JVM itself ({@code -f 0}), so
 * a fork is exactly one JVM of that revision's code, with the suite's pinned flags, watched through {@code /proc}.
 */
final class ForkLauncher {

    private static final String JMH_MAIN = "org.openjdk.jmh.Main";

    private final Path java;
    private final SuitePlan plan;
    private final Path scratch;

    /**
     * @param java    the java executable forks run with (the one running {@code ab})
     * @param scratch a folder for the forks' result files and output
     */
    ForkLauncher(Path java, SuitePlan plan, Path scratch) {
        this.java = java;
        this.plan = plan;
        this.scratch = scratch;
    }

    /** The fork of {@code key} on the classpath {@code classpath}; a failure is a fork without measurement. */
    Fork run(String classpath, Side side, CaseKey key, int round, int block, int position, boolean rerun)
            throws IOException {
        Path results = Files.createTempFile(scratch, side.label() + "-", ".json");
        Path output = Files.createTempFile(scratch, side.label() + "-", ".log");
        ProcSampler sampler = ProcSampler.start(Path.of("/proc"));
        Process process = new ProcessBuilder(command(classpath, key, results))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        process.getOutputStream().close();
        try {
            while (!process.waitFor(ProcSampler.POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                sampler.poll(process.pid());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a fork ran", e);
        }
        Contention contention = sampler.finish();
        try {
            Measurement measurement = process.exitValue() == 0 ? measurement(results, key) : null;
            String failure = measurement != null
                    ? null
                    : "the fork exited with " + process.exitValue() + ": " + lastLine(output);
            return new Fork(side, key, round, block, position, rerun, measurement, contention, failure);
        } finally {
            Files.deleteIfExists(results);
            Files.deleteIfExists(output);
        }
    }

    private List<String> command(String classpath, CaseKey key, Path results) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JvmFlags.forks());
        // Other JMH runs on the machine hold JMH's lock file; this fork measures alone in its own JVM regardless.
        command.add("-Djmh.ignoreLock=true");
        command.addAll(List.of("-cp", classpath, JMH_MAIN));
        command.add("^" + Pattern.quote(KernelBenchmark.class.getName()) + "\\.run$");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("shape", key.shape().toString());
        params.put("dtype", key.dtype());
        params.put("layout", key.layout().label());
        params.put("op", key.operation());
        params.put("impl", key.implementation());
        params.forEach((name, value) -> command.addAll(List.of("-p", name + "=" + value)));
        String time = plan.iterationMillis() + "ms";
        command.addAll(List.of(
                "-f",
                "0",
                "-wi",
                Integer.toString(plan.warmupIterations()),
                "-w",
                time,
                "-i",
                Integer.toString(plan.iterations()),
                "-r",
                time,
                "-bm",
                "avgt",
                "-tu",
                "us",
                "-foe",
                "true",
                "-rf",
                "json",
                "-rff",
                results.toString()));
        return command;
    }

    /** The fork's one result as a measurement, through core's conversion of JMH's JSON. */
    private static Measurement measurement(Path results, CaseKey key) throws IOException {
        JsonNode root = ArtifactJson.mapper().readTree(results.toFile());
        if (!root.isArray() || root.isEmpty()) {
            return null;
        }
        JsonNode record = root.get(0);
        JsonNode metric = record.path("primaryMetric");
        Map<String, String> params = new LinkedHashMap<>();
        record.path("params")
                .properties()
                .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        List<List<Double>> raw = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(v -> iterations.add(v.asDouble()));
            raw.add(iterations);
        }
        JmhResult result = JmhResult.of(
                record.path("benchmark").asText(),
                params,
                metric.path("scoreUnit").asText(),
                metric.path("score").asDouble(),
                raw);
        try {
            if (!JmhConversion.key(result).equals(key)) {
                throw new IOException("the fork measured " + JmhConversion.key(result) + ", not " + key);
            }
            return JmhConversion.measurement(result, key.implementation(), warning -> {});
        } catch (BadInputException e) {
            throw new IOException("the fork's JMH result is unreadable: " + e.getMessage(), e);
        }
    }

    private static String lastLine(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "no output";
    }

    /** The java executable of the running JVM. */
    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
    }
}
