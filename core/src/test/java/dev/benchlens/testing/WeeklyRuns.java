package dev.benchlens.testing;

import dev.benchlens.testing.UpstreamLayout.Times;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A weekly CI history in the upstream layout: one GitHub artifact per week (force and auto baselines, latest.json)
 * in which raptors' mean_axis0 on 2048x2048 float32 in auto mode runs 25% longer from week {@link #SLOWER_FROM}
 * on (its speedup 20% smaller); every time varies by up to 1% from week to week.
 */
public final class WeeklyRuns {

    public static final long FIRST_WEEK = 1_763_398_020L; // 2025-11-17 16:47 UTC
    public static final int WEEKS = 14;
    public static final int SLOWER_FROM = 8;

    private WeeklyRuns() {}

    /** The week's start time in epoch seconds. */
    public static long time(int week) {
        return FIRST_WEEK + week * 7L * 86_400;
    }

    /** Week {@code week}'s artifact, written to {@code zip}. */
    public static Path artifact(Path zip, int week) throws IOException {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
        double jitter = 1 + ((week * 7) % 5 - 2) * 0.005;
        Map<String, Times> modes = new LinkedHashMap<>();
        modes.put("force", UpstreamLayout.speedup(6.5 * jitter));
        modes.put("auto", slowerFrom(week, UpstreamLayout.speedup(4.5 * jitter)));
        return UpstreamLayout.githubArtifact(zip, stamp.format(Instant.ofEpochSecond(time(week))), time(week), modes);
    }

    /**
     * A fake GitHub serving weeks {@code from} to {@code to} (exclusive) as workflow runs 301..., newest first, their
     * artifacts written to {@code source} as {@code week-<week>.zip}.
     */
    public static dev.benchlens.github.GitHubTestServer server(Path source, int from, int to) throws IOException {
        java.util.List<dev.benchlens.github.GitHubTestServer.FakeRun> runs = new java.util.ArrayList<>();
        for (int week = to - 1; week >= from; week--) {
            Path zip = artifact(source.resolve("week-" + week + ".zip"), week);
            runs.add(new dev.benchlens.github.GitHubTestServer.FakeRun(
                    301 + week,
                    "main",
                    "schedule",
                    "5eed08" + week + "0".repeat(33),
                    Instant.ofEpochSecond(time(week)),
                    "success",
                    java.nio.file.Files.readAllBytes(zip),
                    false));
        }
        return new dev.benchlens.github.GitHubTestServer(runs);
    }

    /** Every week's artifact in {@code folder}, as {@code run-<week>.zip}. */
    public static Path folder(Path folder) throws IOException {
        for (int week = 0; week < WEEKS; week++) {
            artifact(folder.resolve("run-" + week + ".zip"), week);
        }
        return folder;
    }

    private static Times slowerFrom(int week, Times base) {
        return (shape, dtype, operation) -> {
            double[] t = base.of(shape, dtype, operation);
            boolean hit = week >= SLOWER_FROM
                    && operation.equals("mean_axis0")
                    && shape[0] == 2048
                    && dtype.equals("float32");
            return hit ? new double[] {t[0], t[1] * 1.25} : t;
        };
    }
}
