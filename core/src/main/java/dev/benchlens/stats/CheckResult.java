package dev.benchlens.stats;

import java.util.List;

/**
 * What {@code check} found: failures make it exit 1; notes (such as a guard-rail no candidate measured) do not.
 */
public record CheckResult(List<String> failures, List<String> notes) {

    public CheckResult {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
