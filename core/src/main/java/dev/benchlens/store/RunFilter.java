package dev.benchlens.store;

import dev.benchlens.format.Environment;
import dev.benchlens.format.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which stored runs a command takes: those of one repository, of one environment, or all.
 *
 * @param repository  {@code OWNER/REPO}, or {@code null} for every repository
 * @param environment an environment's id, or {@code null} for every environment
 */
public record RunFilter(String repository, String environment) {

    public static final RunFilter ALL = new RunFilter(null, null);

    /**
     * The filter of {@code --repo} and {@code --environment} as typed: an environment may be named by its id or
     * its label ({@code github-actions}, {@code github}, {@code docker}, {@code local}, {@code unknown}).
     *
     * @throws IllegalArgumentException naming the environment that is not one
     */
    public static RunFilter of(String repository, String environment) {
        String env = null;
        if (environment != null && !environment.isBlank()) {
            Environment named = Environment.ofSource(environment);
            if (named == null && environment.strip().equalsIgnoreCase(Environment.UNKNOWN.id())) {
                named = Environment.UNKNOWN;
            }
            if (named == null) {
                throw new IllegalArgumentException("--environment: expected github-actions, docker, local or unknown,"
                        + " found '" + environment + "'");
            }
            env = named.id();
        }
        String repo = repository == null || repository.isBlank()
                ? null
                : repository.strip().toLowerCase(Locale.ROOT);
        return new RunFilter(repo, env);
    }

    /** Whether a run read from files (its GitHub facts attached) is one this filter selects. */
    public boolean test(Run run) {
        String repo = run.metadata().extra().getOrDefault(Origins.REPOSITORY, "");
        return (repository == null || repository.equals(repo.toLowerCase(Locale.ROOT)))
                && (environment == null
                        || environment.equals(run.identity().environment().id()));
    }

    /** The repository a run was fetched from ({@code OWNER/REPO}), or empty. */
    public static String repositoryOf(Run run) {
        return run.metadata().extra().getOrDefault(Origins.REPOSITORY, "");
    }

    /** The SQL condition on the table {@code runs} aliased {@code r}, with {@code ?} for each of {@link #values()}. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (repository != null) {
            conditions.add("LOWER(r.repository) = ?");
        }
        if (environment != null) {
            conditions.add("r.environment = ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<String> values() {
        List<String> values = new ArrayList<>();
        if (repository != null) {
            values.add(repository);
        }
        if (environment != null) {
            values.add(environment);
        }
        return values;
    }
}
