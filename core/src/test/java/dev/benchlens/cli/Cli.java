package dev.benchlens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as the tests of its commands do, and keeps what it printed. */
final class Cli {

    /** The exit code and what went to stdout and stderr. */
    record Result(int exitCode, String out, String err) {}

    private Cli() {}

    static Result benchlens(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchlensCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
