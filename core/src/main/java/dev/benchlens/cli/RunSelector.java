package dev.benchlens.cli;

import dev.benchlens.format.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run argument, {@code PATH[#SELECTOR]}: the path of a file, folder or zip, and optionally which of its runs to
 * use, either a 1-based number in the order the runs were read or a piece of text their file path or name must
 * contain.
 * A path that exists as written is never split at {@code #}.
 */
record RunSelector(Path path, String selector) {

    static RunSelector parse(String argument) {
        int hash = argument.lastIndexOf('#');
        if (hash < 0 || Files.exists(Path.of(argument))) {
            return new RunSelector(Path.of(argument), null);
        }
        String selector = argument.substring(hash + 1);
        return new RunSelector(Path.of(argument.substring(0, hash)), selector.isEmpty() ? null : selector);
    }

    /** The runs this selector picks from the runs read from its path; fails when it picks none. */
    List<Run> pick(List<Run> runs) {
        if (selector == null) {
            return runs;
        }
        if (selector.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(selector);
            if (n < 1 || n > runs.size()) {
                throw new UserError(path + "#" + selector + ": there is no run " + n + "; " + describe(runs));
            }
            return List.of(runs.get(n - 1));
        }
        List<Run> matching = runs.stream()
                .filter(r -> r.origin().contains(selector) || r.name().contains(selector))
                .toList();
        if (matching.isEmpty()) {
            throw new UserError(
                    path + "#" + selector + ": no run's name contains '" + selector + "'; " + describe(runs));
        }
        return matching;
    }

    /** The runs numbered as selectors count them, for messages. */
    static String describe(List<Run> runs) {
        StringBuilder sb = new StringBuilder("it holds " + runs.size() + " run(s):");
        for (int i = 0; i < runs.size(); i++) {
            sb.append(' ').append(i + 1).append('=').append(runs.get(i).name()).append(i + 1 < runs.size() ? "," : "");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return selector == null ? path.toString() : path + "#" + selector;
    }
}
