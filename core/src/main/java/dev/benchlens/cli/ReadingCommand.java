package dev.benchlens.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every command that reads runs shares: the alias and progress options, and its output streams. */
abstract class ReadingCommand {

    @Mixin
    SharedOptions shared;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    RunInputs inputs() {
        return new RunInputs(spec.commandLine().getErr(), shared.quiet);
    }
}
