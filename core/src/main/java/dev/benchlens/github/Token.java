package dev.benchlens.github;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A GitHub token and where it came from ({@code GITHUB_TOKEN}, {@code GH_TOKEN} or {@code gh auth token}); GitHub
 * wants one even to download a public repository's artifacts.
 */
public record Token(String value, String source) {

    /** What to do when no token is found, in one line. */
    public static final String MISSING = "no GitHub token: set GITHUB_TOKEN or GH_TOKEN to a token that can read"
            + " the repository's actions (GitHub requires one even for public repositories), or install gh and run"
            + " gh auth login";

    /**
     * True when the token can go into a header as it is: visible ASCII only. A line break in it would add headers
     * of its own (and the JDK's refusal would quote it), so such a token is never sent nor printed.
     */
    public boolean isWellFormed() {
        return !value.isEmpty() && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The line for a token that is not {@link #isWellFormed()}; it names where the token came from, never the token. */
    public String malformed() {
        return "the token from " + source + " holds a space, a line break or another character no token has;"
                + " set it again (it is not printed)";
    }

    @Override
    public String toString() {
        return "token from " + source;
    }

    /** The token from the environment, else from {@code command} (normally {@code gh auth token}). */
    public static Optional<Token> find(Map<String, String> env, List<String> command) {
        for (String name : List.of("GITHUB_TOKEN", "GH_TOKEN")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Token(value.strip(), name));
            }
        }
        return fromCommand(command);
    }

    public static Optional<Token> find(Map<String, String> env) {
        return find(env, List.of("gh", "auth", "token"));
    }

    private static Optional<Token> fromCommand(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 && !out.isEmpty() && !out.contains("\n")
                    ? Optional.of(new Token(out, String.join(" ", command)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // gh is not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
