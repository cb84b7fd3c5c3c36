package dev.benchlens.format;

import java.util.List;
import java.util.Objects;

/**
 * One artifact: everything measured in one run of the suite, with where and how it ran.
 *
 * @param origin   where the run was read from (a file, or {@code archive.zip!/entry.json}); not written to disk
 * @param warnings problems with the run as a whole that a reader of its numbers should know about, each with its
 *                 kind
 * @param identity which run this is for people: environment, host facts and name; {@code null} until resolved
 *                 (loading files resolves it), and meanwhile what the recorded source says
 */
public record Run(
        String origin, RunMetadata metadata, List<Case> cases, List<RunWarning> warnings, RunIdentity identity) {

    public Run {
        Objects.requireNonNull(metadata, "metadata");
        origin = origin == null ? "" : origin;
        cases = List.copyOf(cases);
        warnings = List.copyOf(warnings);
    }

    /** The identity given, or when none was, what the recorded source says, named after the origin. */
    @Override
    public RunIdentity identity() {
        return identity == null ? RunIdentity.ofRecordedSource(metadata, origin) : identity;
    }

    /** A run read or made just now, whose warnings are all notes. */
    public Run(String origin, RunMetadata metadata, List<Case> cases, List<String> notes) {
        this(origin, metadata, cases, RunWarning.notes(notes), null);
    }

    /** The same run read from another place; its identity is kept. */
    public Run withOrigin(String newOrigin) {
        return new Run(newOrigin, metadata, cases, warnings, identity);
    }

    public Run withMetadata(RunMetadata newMetadata) {
        return new Run(origin, newMetadata, cases, warnings, identity);
    }

    public Run withIdentity(RunIdentity newIdentity) {
        return new Run(origin, metadata, cases, warnings, newIdentity);
    }

    /** The SIMD mode the run used: as recorded, else as its environment variables or its file name say. */
    public SimdMode simdMode() {
        String resolved = identity().value(Fact.SIMD_MODE);
        return resolved != null ? SimdMode.of(resolved) : metadata.simdMode();
    }

    /** The name people know the run by: its identity's name. */
    public String name() {
        return identity().name();
    }

    /** Whether the run has more than {@code count} measurements, counting no further than that. */
    public boolean hasMoreMeasurementsThan(int count) {
        int seen = 0;
        for (Case c : cases) {
            for (Operation op : c.operations()) {
                seen += op.measurements().size();
                if (seen > count) {
                    return true;
                }
            }
        }
        return false;
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
