package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A problem with a run as a whole that a reader of its numbers should know about, and what kind of problem it is,
 * so that code decides on the kind and never on the words. Files hold the message alone; read back, it is a note.
 */
public record RunWarning(Kind kind, String message) {

    public enum Kind {
        /** What the run's producer or its reader noted: a sidecar that disagrees, a speedup ignored, a fork's failure. */
        NOTE,
        /** A measurement whose time cannot be a time, left out when the run was read. */
        DROPPED_MEASUREMENT
    }

    public RunWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @JsonCreator
    public static RunWarning note(String message) {
        return new RunWarning(Kind.NOTE, message);
    }

    /** Each line a note. */
    public static List<RunWarning> notes(List<String> messages) {
        return messages.stream().map(RunWarning::note).toList();
    }

    @JsonValue
    @Override
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
