package dev.benchlens.store;

import dev.benchlens.format.Run;
import java.util.Objects;

/** A run with the hash of its content as read: what the store keeps, and the key it keeps it under. */
public record IndexedRun(String hash, Run run) {

    public IndexedRun {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(run, "run");
    }
}
