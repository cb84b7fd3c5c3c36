package dev.benchlens.bench.suite;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a run needs besides its plan.
 *
 * @param source     the run's source label ({@code local} unless the user says otherwise)
 * @param bandwidth  whether to measure the one-core bandwidth probe first and record it in the metadata
 * @param env        the process environment ({@code BENCHLENS_*}, CI variables)
 */
public record SuiteSettings(String source, Path outDir, boolean bandwidth, Map<String, String> env) {

    public SuiteSettings {
        env = Map.copyOf(env);
    }
}
