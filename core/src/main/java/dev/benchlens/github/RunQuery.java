package dev.benchlens.github;

import java.util.Objects;

/**
 * Which workflow runs to list: the workflow's file name or id, optionally one branch and one event, and how many
 * of the newest.
 */
public record RunQuery(String workflow, String branch, String event, int last) {

    public static final String DEFAULT_WORKFLOW = "linux-arm64-bench.yml";

    public RunQuery {
        Objects.requireNonNull(workflow, "workflow");
        if (last < 1) {
            throw new IllegalArgumentException("--last must be 1 or more, found " + last);
        }
    }
}
