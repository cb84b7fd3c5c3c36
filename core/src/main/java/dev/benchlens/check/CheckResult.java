package dev.benchlens.check;

import java.util.List;

/**
 * What {@code check} found: failures (a regression or a guard-rail breach) make it exit 1; problems (nothing could
 * be checked, a guard-rail that matches nothing) make the input bad, exit 2; notes change nothing. Problems and
 * notes are sentences; failures are records that each output format renders.
 *
 * @param gated every row the regression gate judged against a baseline run, with its verdict, failing or not
 */
public record CheckResult(List<Failure> failures, List<String> problems, List<String> notes, List<GatedRow> gated) {

    public CheckResult {
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        gated = List.copyOf(gated);
    }

    public CheckResult(List<Failure> failures, List<String> problems, List<String> notes) {
        this(failures, problems, notes, List.of());
    }

    public static CheckResult empty() {
        return new CheckResult(List.of(), List.of(), List.of());
    }

    /** Only notes, e.g. how many rows were compared. */
    public static CheckResult notes(List<String> notes) {
        return new CheckResult(List.of(), List.of(), notes);
    }

    public CheckResult plus(CheckResult other) {
        return new CheckResult(
                concat(failures, other.failures),
                concat(problems, other.problems),
                concat(notes, other.notes),
                concat(gated, other.gated));
    }

    /** True only when something was checked and nothing failed or was in doubt. */
    public boolean passed() {
        return failures.isEmpty() && problems.isEmpty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
