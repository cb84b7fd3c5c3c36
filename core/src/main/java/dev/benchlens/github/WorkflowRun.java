package dev.benchlens.github;

import java.time.Instant;

/**
 * A workflow run's facts as GitHub's API states them.
 *
 * @param conclusion {@code success}, {@code failure}...; {@code null} while the run is in progress
 */
public record WorkflowRun(
        long id,
        String url,
        String branch,
        String event,
        String commit,
        Instant createdAt,
        String conclusion,
        String workflow) {

    /** The commit's first seven characters, as GitHub shows it. */
    public String shortCommit() {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }
}
