package dev.benchlens.github;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A GitHub repository, {@code owner/name}. */
public record Repository(String owner, String name) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern RUN_URL =
            Pattern.compile("https?://[^/]+/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/actions/runs/(\\d+)(?:[/?#].*)?");

    public Repository {
        if (!PART.matcher(owner).matches() || !PART.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(
                    "expected OWNER/REPO or a run's URL, found '" + owner + "/" + name + "'");
        }
    }

    /** {@code owner/name}; anything else is an {@link IllegalArgumentException} with a line for the user. */
    public static Repository parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected OWNER/REPO or a run's URL, found '" + text + "'");
        }
        return new Repository(parts[0], parts[1]);
    }

    /** The repository and run id of a run's address, e.g. {@code https://github.com/o/r/actions/runs/123}. */
    public static Optional<RunAddress> runUrl(String text) {
        Matcher m = RUN_URL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RunAddress(new Repository(m.group(1), m.group(2)), Long.parseLong(m.group(3))));
    }

    /** The folder-safe form, lower case, as GitHub treats names case-insensitively. */
    public String folder() {
        return owner.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }

    /** One workflow run of a repository, as its URL names it. */
    public record RunAddress(Repository repository, long runId) {}
}
