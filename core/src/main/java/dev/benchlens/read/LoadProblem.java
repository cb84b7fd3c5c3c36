package dev.benchlens.read;

/**
 * A file that could not be read, and why, in words a user can act on.
 *
 * @param location the file, or {@code archive.zip!/entry.json} for a zip entry
 * @param message  what is wrong, including the JSON line and column where there is one
 */
public record LoadProblem(String location, String message) {

    /** The one line shown to a user: {@code location: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
