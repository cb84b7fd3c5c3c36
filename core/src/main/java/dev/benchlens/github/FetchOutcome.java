package dev.benchlens.github;

import java.nio.file.Path;

/**
 * What fetching one run's artifact came to, with the line that says so.
 *
 * @param zip the artifact on disk; {@code null} unless downloaded or cached
 */
public record FetchOutcome(WorkflowRun run, Kind kind, Path zip, String message) {

    /** How it went. */
    public enum Kind {
        DOWNLOADED,
        CACHED,
        EXPIRED,
        NO_ARTIFACT,
        REJECTED;

        /** True when the artifact is on disk to be opened. */
        public boolean available() {
            return this == DOWNLOADED || this == CACHED;
        }
    }
}
