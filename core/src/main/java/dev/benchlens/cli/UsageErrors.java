package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import java.util.Comparator;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped option or a missing argument, in one line with a pointer to {@code --help} (and the nearest option
 * when one is close), instead of picocli's whole usage text: the line that says what is wrong stays in sight.
 */
public final class UsageErrors implements IParameterExceptionHandler {

    private UsageErrors() {}

    /** The handler every Benchlens command line uses. */
    public static IParameterExceptionHandler oneLine() {
        return new UsageErrors();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String nearest = e instanceof UnmatchedArgumentException unmatched
                        && !unmatched.getUnmatched().isEmpty()
                        && unmatched.isUnknownOption()
                ? nearestOption(unmatched.getUnmatched().getFirst(), command)
                        .map(option -> " (did you mean " + option + "?)")
                        .orElse("")
                : "";
        String help = name.contains(" ") ? name + " --help" : name + " help";
        command.getErr()
                .println(UntrustedText.terminalLine(name + ": " + e.getMessage() + nearest + "; see '" + help + "'"));
        command.getErr().flush();
        return BenchlensCli.BAD_INPUT;
    }

    /** The command's option closest to what was typed, two edits or fewer away (a swap, a missing letter). */
    static Optional<String> nearestOption(String typed, CommandLine command) {
        String option = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        return command.getCommandSpec().optionsMap().keySet().stream()
                .filter(name -> name.startsWith("--"))
                .min(Comparator.comparingInt(name -> distance(option, name)))
                .filter(name -> distance(option, name) <= 2);
    }

    /** Levenshtein's edit distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
