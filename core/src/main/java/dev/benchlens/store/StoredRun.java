package dev.benchlens.store;

/**
 * What the store says about a run without reading its measurements: for {@code store list} and {@code store show}.
 *
 * @param repository  {@code OWNER/REPO} of a fetched run, else empty
 * @param environment the environment's id: {@code github-actions}, {@code docker}, {@code local}, {@code unknown}
 * @param origin      where the run was read from when it was indexed (the zip may be gone since)
 */
public record StoredRun(
        String hash,
        String name,
        String repository,
        String environment,
        String startedAt,
        String origin,
        Long artifactId,
        String workflowRun,
        String commit,
        String branch,
        String event,
        int measurements) {

    public String shortHash() {
        return hash.substring(0, Math.min(ContentHash.SHORT, hash.length()));
    }
}
