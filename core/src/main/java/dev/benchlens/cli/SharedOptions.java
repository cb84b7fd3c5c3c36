package dev.benchlens.cli;

import dev.benchlens.match.Aliases;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every reading command takes: the alias table and whether to print progress. */
final class SharedOptions {

    @Option(
            names = "--aliases",
            paramLabel = "FILE",
            description = "Alias table replacing the shipped one (format: see docs/cli.md).")
    Path aliasFile;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print a progress line per file read.")
    boolean quiet;

    Aliases aliases() {
        if (aliasFile == null) {
            return Aliases.defaults();
        }
        try {
            return Aliases.load(aliasFile);
        } catch (NoSuchFileException e) {
            throw new UserError(aliasFile + ": no such alias file");
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new UserError(message.startsWith(aliasFile.toString()) ? message : aliasFile + ": " + message);
        }
    }
}
