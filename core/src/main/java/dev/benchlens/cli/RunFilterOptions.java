package dev.benchlens.cli;

import dev.benchlens.store.RunFilter;
import picocli.CommandLine.Option;

/** {@code --repo} and {@code --environment}: which stored runs a command takes. */
final class RunFilterOptions {

    @Option(names = "--repo", paramLabel = "OWNER/REPO", description = "Only runs fetched from this repository.")
    String repository;

    @Option(
            names = "--environment",
            paramLabel = "ENV",
            description = "Only runs of this environment: github-actions, docker, local or unknown.")
    String environment;

    RunFilter filter() {
        try {
            return RunFilter.of(repository, environment);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
