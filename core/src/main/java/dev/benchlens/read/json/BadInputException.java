package dev.benchlens.read.json;

/**
 * A file's content is not what its format requires. The message is one line saying where in the content and what
 * is wrong; whoever catches it adds the file's name.
 */
public class BadInputException extends Exception {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
