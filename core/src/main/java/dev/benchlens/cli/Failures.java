package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.read.limits.HeapAdvice;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The one place a failure that leaves a command becomes an exit code and a line on stderr: 2 for what the user
 * gave, 3 for a fault in Benchlens. Exit 1 is left to {@code check}'s verdict, which a command returns, never
 * throws; so nothing else (the JVM's own uncaught-error exit included) can be taken for a regression.
 */
final class Failures {

    private Failures() {}

    static int report(Throwable failure, PrintWriter err) {
        Throwable e = unwrap(failure);
        int code;
        if (e instanceof UserError) {
            err.println("benchlens: " + UntrustedText.terminalLine(e.getMessage()));
            code = BenchlensCli.BAD_INPUT;
        } else if (e instanceof OutOfMemoryError) {
            err.println("benchlens: the input is " + HeapAdvice.tooLarge());
            code = BenchlensCli.BAD_INPUT;
        } else {
            err.println("benchlens: internal error (a fault in Benchlens, please report it): " + describe(e));
            code = BenchlensCli.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }

    /** Picocli and parallel streams wrap what a command threw; the cause is what happened. */
    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (!(e instanceof UserError) && !(e instanceof Error) && e.getCause() instanceof UserError user) {
            return user;
        }
        return e;
    }

    private static String describe(Throwable e) {
        String message =
                e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
