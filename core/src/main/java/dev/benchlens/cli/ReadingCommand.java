package dev.benchlens.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that reads runs shares: the alias and progress options, and its output streams. */
abstract class ReadingCommand {

    @Mixin
    SharedOptions shared;

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    RunInputs inputs() {
        PrintWriter err = spec.commandLine().getErr();
        return new RunInputs(err, shared.quiet, storeOption.indexer(err));
    }

    /** 0, or 2 when a file could not be read: what could be read was still printed, but the input was bad. */
    int exitCode(RunInputs inputs) {
        if (inputs.problems() == 0) {
            return 0;
        }
        spec.commandLine()
                .getErr()
                .println("benchlens: " + inputs.problems()
                        + " file(s) could not be read; the output above leaves them out");
        return BenchlensCli.BAD_INPUT;
    }
}
