package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run says it was made, as its producer labelled it ({@code metadata.source}): {@code docker},
 * {@code github-actions}, {@code local}, the user's own label kept as written, or {@code unknown} when nothing was
 * recorded. {@link #environment()} is the one place such a label is read as an {@link Environment}.
 */
public record RunSource(@JsonValue String label) {

    /** Nothing recorded. */
    public static final RunSource UNKNOWN = new RunSource("unknown");
    /** Inside the project's Docker image ({@code docker/run-bench.sh --source docker}). */
    public static final RunSource DOCKER = new RunSource("docker");
    /** On a GitHub Actions runner. */
    public static final RunSource GITHUB_ACTIONS = new RunSource("github-actions");
    /** On a developer's machine. */
    public static final RunSource LOCAL = new RunSource("local");

    public RunSource {
        Objects.requireNonNull(label, "label");
    }

    /** The source labelled {@code label}; none or a blank one is {@link #UNKNOWN}. */
    @JsonCreator
    public static RunSource of(String label) {
        return label == null || label.isBlank() ? UNKNOWN : new RunSource(label);
    }

    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    /**
     * The environment the label names ({@link Environment#ofSource}: {@code docker-mac} and {@code gha} are
     * understood too), or empty for {@code unknown} and a label of the user's own.
     */
    public Optional<Environment> environment() {
        return Optional.ofNullable(Environment.ofSource(label));
    }

    @Override
    public String toString() {
        return label;
    }
}
