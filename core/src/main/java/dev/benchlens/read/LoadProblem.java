package dev.benchlens.read;

/**
 * A file that could not be read, and why, in words a user can act on.
 *
 * @param location the file, or {@code archive.zip!/entry.json} for a zip entry
 * @param message  what is wrong, including the JSON line and column where there is one; cut to
 *                 {@value #MAX_MESSAGE_CHARS} characters, since some messages quote what they found
 */
public record LoadProblem(String location, String message) {

    static final int MAX_MESSAGE_CHARS = 300;
    private static final int MAX_LOCATION_CHARS = 200;

    public LoadProblem {
        location = cut(location, MAX_LOCATION_CHARS);
        message = cut(message, MAX_MESSAGE_CHARS);
    }

    /** The one line shown to a user: {@code location: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }

    /** Keeps the start and the end, where a path's file name and a message's reason are. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int head = max * 2 / 3;
        int tail = max - head - 5;
        return text.substring(0, head) + " ... " + text.substring(text.length() - tail);
    }
}
