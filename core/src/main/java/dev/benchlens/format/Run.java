package dev.benchlens.format;

import java.util.List;
import java.util.Objects;

/**
 * One artifact: everything measured in one run of the suite, with where and how it ran.
 *
 * @param origin   where the run was read from (a file, or {@code archive.zip!/entry.json}); not written to disk
 * @param warnings problems with the run as a whole that a reader of its numbers should know about
 */
public record Run(String origin, RunMetadata metadata, List<Case> cases, List<String> warnings) {

    public Run {
        Objects.requireNonNull(metadata, "metadata");
        origin = origin == null ? "" : origin;
        cases = List.copyOf(cases);
        warnings = List.copyOf(warnings);
    }

    public Run withOrigin(String newOrigin) {
        return new Run(newOrigin, metadata, cases, warnings);
    }

    public Run withMetadata(RunMetadata newMetadata) {
        return new Run(origin, newMetadata, cases, warnings);
    }

    /** The number of (case, operation, implementation) measurements this run holds. */
    public int measurementCount() {
        int count = 0;
        for (Case c : cases) {
            for (Operation op : c.operations()) {
                count += op.measurements().size();
            }
        }
        return count;
    }
}
