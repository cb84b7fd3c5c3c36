package dev.benchlens.github;

import dev.benchlens.github.GitHubTestServer.FakeRun;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server with the fourteen weekly runs of {@link WeeklyRuns} (ids 301 to 314, newest first), kept running
 * for a try-out by hand as a new user would: {@code DemoServer SECONDS} prints the {@code GITHUB_API_URL} to use
 * with {@code GITHUB_TOKEN=test-token}, then serves for SECONDS seconds.
 */
public final class DemoServer {

    private DemoServer() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        Path folder = Files.createTempDirectory("benchlens-demo");
        List<FakeRun> runs = new ArrayList<>();
        for (int week = WeeklyRuns.WEEKS - 1; week >= 0; week--) {
            Path zip = WeeklyRuns.artifact(folder.resolve("week-" + week + ".zip"), week);
            runs.add(new FakeRun(
                    301 + week,
                    "main",
                    "schedule",
                    "5eed" + String.format("%02d", week) + "0".repeat(34),
                    Instant.ofEpochSecond(WeeklyRuns.time(week)),
                    "success",
                    Files.readAllBytes(zip),
                    false));
        }
        try (GitHubTestServer server = new GitHubTestServer(runs)) {
            System.out.println("GITHUB_API_URL=" + server.api() + " GITHUB_TOKEN=" + GitHubTestServer.TOKEN);
            System.out.flush();
            Thread.sleep(seconds * 1000);
        }
    }
}
