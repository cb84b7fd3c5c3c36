package dev.benchlens.bench.suite;

import dev.benchlens.format.RunSource;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a run needs besides its plan.
 *
 * @param source     the run's source label ({@link #detectedSource} unless the user says otherwise)
 * @param bandwidth  whether to measure the one-core bandwidth probe first and record it in the metadata
 * @param env        the process environment ({@code BENCHLENS_*}, CI variables)
 */
public record SuiteSettings(RunSource source, Path outDir, boolean bandwidth, Map<String, String> env) {

    public SuiteSettings {
        env = Map.copyOf(env);
    }

    /**
     * The source a run records when the user names none: {@code github-actions} where GitHub Actions says it runs
     * the job ({@code GITHUB_ACTIONS=true}), else {@code local}. Docker is never guessed from container evidence,
     * which a desktop's own container also shows; docker/run-bench.sh says {@code --source docker}, and the
     * evidence is recorded beside it either way.
     */
    public static RunSource detectedSource(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS")) ? RunSource.GITHUB_ACTIONS : RunSource.LOCAL;
    }
}
