package dev.benchlens.cli;

/** A problem with what the user gave (a path, a file, an option): printed as one line, exit code 2, no stack trace. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message, null, false, false);
    }
}
