package dev.benchlens.identity;

import dev.benchlens.format.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives runs that share a default name distinct ones: first by the kind of file each came from ({@code latest},
 * {@code baseline_auto}), then by a number. Runs with a name of their own keep it.
 */
public final class RunNames {

    private RunNames() {}

    /** The runs in the same order, each named differently from the others. */
    public static List<Run> distinct(List<Run> runs) {
        Map<String, Set<String>> kindsByName = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Run run : runs) {
            uses.merge(run.name(), 1, Integer::sum);
            kindsByName.computeIfAbsent(run.name(), k -> new HashSet<>()).add(fileKind(run));
        }
        Set<String> taken = new HashSet<>();
        List<Run> named = new ArrayList<>(runs.size());
        for (Run run : runs) {
            String name = run.name();
            boolean kindTellsApart =
                    uses.get(name) > 1 && kindsByName.get(name).size() > 1 && !name.contains(fileKind(run));
            if (kindTellsApart) {
                name = name + " · " + fileKind(run);
            }
            named.add(run.withIdentity(run.identity().withName(unused(name, taken))));
        }
        return named;
    }

    /** {@code name}, or {@code name #2}, {@code name #3}... when another run already has it. */
    public static String unused(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + " #" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** The file's name without its folder, {@code .json} and the time stamp the upstream appends. */
    public static String fileKind(Run run) {
        String name = IdentityResolver.fileName(
                run.identity().path().isEmpty() ? run.origin() : run.identity().path());
        name = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return name.replaceFirst("_\\d{8}[-T_]?\\d{6}Z?$", "");
    }
}
