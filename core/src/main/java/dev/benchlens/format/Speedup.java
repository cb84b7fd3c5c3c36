package dev.benchlens.format;

import java.util.Objects;

/**
 * How many times faster the candidate implementation ran than the reference: reference time / candidate time.
 * Both sides are named so that nothing about the comparison is implied.
 */
public record Speedup(String reference, String candidate, double value) {

    public Speedup {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(candidate, "candidate");
    }
}
