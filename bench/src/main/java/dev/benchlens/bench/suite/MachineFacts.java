package dev.benchlens.bench.suite;

import dev.benchlens.format.RunMetadata;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads where a run happens: host, container limits, git and CI, from the OS, {@code /proc}, cgroups and env. */
public final class MachineFacts {

    private final Map<String, String> env;
    private final Path root;

    /** @param root the file-system root to read {@code /proc}, {@code /sys} and {@code /.dockerenv} under */
    public MachineFacts(Map<String, String> env, Path root) {
        this.env = env;
        this.root = root;
    }

    public RunMetadata.Host host() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return new RunMetadata.Host(
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                cpuModel().orElse(null),
                Runtime.getRuntime().availableProcessors(),
                memory > 0 ? memory : null);
    }

    /** The CPU's name from {@code /proc/cpuinfo}; ARM kernels print no model name, so fall back to the part. */
    Optional<String> cpuModel() {
        List<String> lines = lines("proc/cpuinfo");
        for (String key : List.of("model name", "Model", "CPU part")) {
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return Optional.of(line.substring(colon + 1).trim());
                }
            }
        }
        return Optional.empty();
    }

    public RunMetadata.Container container() {
        boolean dockerEnv = Files.exists(root.resolve(".dockerenv"));
        List<String> hints = new ArrayList<>();
        if (dockerEnv) {
            hints.add("/.dockerenv exists");
        }
        Double cpuLimit = null;
        String cpuMax = first("sys/fs/cgroup/cpu.max");
        if (cpuMax != null) {
            hints.add("cgroup v2 cpu.max=" + cpuMax);
            String[] parts = cpuMax.split("\\s+", -1);
            if (parts.length == 2 && !parts[0].equals("max")) {
                cpuLimit = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            }
        }
        if (Files.exists(root.resolve("run/.containerenv"))) {
            hints.add("/run/.containerenv exists (podman)");
        }
        String quota = first("sys/fs/cgroup/cpu/cpu.cfs_quota_us");
        String period = first("sys/fs/cgroup/cpu/cpu.cfs_period_us");
        if (cpuMax == null && quota != null && period != null) {
            hints.add("cgroup v1 cpu.cfs_quota_us=" + quota + " cpu.cfs_period_us=" + period);
            if (quota.matches("\\d+") && period.matches("\\d+") && !period.equals("0")) {
                cpuLimit = Double.parseDouble(quota) / Double.parseDouble(period);
            }
        }
        Long memoryLimit = null;
        String memoryMax = first("sys/fs/cgroup/memory.max");
        if (memoryMax != null) {
            hints.add("cgroup v2 memory.max=" + memoryMax);
            if (memoryMax.matches("\\d+")) {
                memoryLimit = Long.parseLong(memoryMax);
            }
        }
        return new RunMetadata.Container(dockerEnv, cpuLimit, memoryLimit, hints);
    }

    public RunMetadata.Git git() {
        String commit = env.containsKey("GITHUB_SHA") ? env.get("GITHUB_SHA") : command("git", "rev-parse", "HEAD");
        String ref = env.containsKey("GITHUB_REF")
                ? env.get("GITHUB_REF")
                : command("git", "rev-parse", "--abbrev-ref", "HEAD");
        return commit == null && ref == null ? null : new RunMetadata.Git(commit, ref);
    }

    public RunMetadata.Ci ci() {
        String runner = env.getOrDefault("RUNNER_NAME", env.get("ImageOS"));
        String runId = env.get("GITHUB_RUN_ID");
        String url = runId != null && env.containsKey("GITHUB_REPOSITORY")
                ? env.getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/" + env.get("GITHUB_REPOSITORY")
                        + "/actions/runs/" + runId
                : null;
        return runner == null && runId == null ? null : new RunMetadata.Ci(runner, runId, url);
    }

    private List<String> lines(String relative) {
        try {
            return Files.readAllLines(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private String first(String relative) {
        List<String> lines = lines(relative);
        return lines.isEmpty() ? null : lines.getFirst().trim();
    }

    /** The first line a short command prints, or {@code null} when it fails or is missing. */
    private static String command(String... args) {
        try {
            Process p = new ProcessBuilder(args)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
