package dev.benchlens.check;

import dev.benchlens.match.CaseKey;

/**
 * A baseline row the gate would judge that has no tested counterpart in a candidate: missing there, dropped when
 * read (a time that is not a positive number) or renamed. The gate fails closed on what it could not test.
 *
 * @param run the candidate's name
 */
public record MissingRow(CaseKey key, String run) implements Failure {

    /** E.g. {@code missing in candidate: 512x512 float32 sum [simd] has no counterpart in pr}. */
    @Override
    public String message() {
        return "missing in candidate: " + key + " has no counterpart in " + run
                + " (missing, dropped when read, or renamed; --allow-missing makes this a note)";
    }
}
