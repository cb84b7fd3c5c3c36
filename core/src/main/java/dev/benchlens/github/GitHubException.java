package dev.benchlens.github;

/**
 * A request GitHub refused or could not answer, with one line that says what to do.
 *
 * @see #status()
 */
public final class GitHubException extends Exception {

    private final int status;

    public GitHubException(String message) {
        this(message, 0);
    }

    public GitHubException(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status GitHub answered, or 0 when it gave none (unreachable, bad answer). */
    public int status() {
        return status;
    }
}
