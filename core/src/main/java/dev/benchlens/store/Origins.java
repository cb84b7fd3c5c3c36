package dev.benchlens.store;

import dev.benchlens.format.RunMetadata;
import dev.benchlens.github.FetchedRuns;

/** Where a fetched run came from, as its metadata records it once its GitHub facts are attached. */
final class Origins {

    static final String REPOSITORY = FetchedRuns.REPOSITORY;
    static final String EVENT = FetchedRuns.EVENT;

    private Origins() {}

    static Long artifactId(RunMetadata metadata) {
        String id = metadata.extra().get(FetchedRuns.ARTIFACT_ID);
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
