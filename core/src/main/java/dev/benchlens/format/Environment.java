package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a run was made, as far as the files tell: in Docker, on a GitHub Actions runner, on a desktop, or unknown. */
public enum Environment {
    DOCKER("docker", "Docker"),
    GITHUB_ACTIONS("github-actions", "GitHub"),
    LOCAL("local", "Local"),
    UNKNOWN("unknown", "Unknown");

    private final String id;
    private final String label;

    Environment(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The machine-readable name, as in {@code metadata.source}: {@code docker}, {@code github-actions}... */
    @JsonValue
    public String id() {
        return id;
    }

    /** The word run names start with: {@code Docker}, {@code GitHub}, {@code Local}, {@code Unknown}. */
    public String label() {
        return label;
    }

    /**
     * The environment a source label names, or {@code null} when it names none: {@code docker}, {@code docker-mac},
     * {@code github-actions}, {@code gha}, {@code local (default JVM)} and {@code ci-local} are recognised.
     */
    public static Environment ofSource(String source) {
        if (source == null) {
            return null;
        }
        String s = source.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("docker")) {
            return DOCKER;
        }
        if (s.startsWith("github") || s.equals("gha")) {
            return GITHUB_ACTIONS;
        }
        if (s.startsWith("local") || s.startsWith("ci-local")) {
            return LOCAL;
        }
        return null;
    }
}
