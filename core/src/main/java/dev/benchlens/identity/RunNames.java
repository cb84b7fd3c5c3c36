package dev.benchlens.identity;

import dev.benchlens.format.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gives runs that share a default name distinct ones, as a function of the set of runs alone: the same runs get the
 * same names in whatever order they were read or opened, in the explorer as on the command line. Runs that share a
 * name are told apart by the kind of file each came from ({@code latest}, {@code baseline_auto}), then by what was
 * opened ({@code artifact.zip}, {@code run-12345.zip}), and last by a number given in the order of their files.
 * Runs with a name of their own keep it.
 */
public final class RunNames {

    /** The order numbers follow among runs nothing else tells apart: by file, so it is the same in every launch. */
    private static final Comparator<Run> NUMBERING =
            Comparator.comparing((Run r) -> r.identity().path()).thenComparing(Run::origin);

    private RunNames() {}

    /** The runs in the same order, each named differently from the others. */
    public static List<Run> distinct(List<Run> runs) {
        List<String> names = new ArrayList<>(runs.stream().map(Run::name).toList());
        tellApartBy(runs, names, RunNames::fileKind);
        tellApartBy(runs, names, RunNames::opened);
        number(runs, names);
        List<Run> named = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            named.add(
                    names.get(i).equals(run.name())
                            ? run
                            : run.withIdentity(run.identity().withName(names.get(i))));
        }
        return named;
    }

    /**
     * Adds {@code part} to the names that others share, where it differs among them and the name does not say it
     * already.
     */
    private static void tellApartBy(List<Run> runs, List<String> names, Function<Run, String> part) {
        for (List<Integer> sharing : sharingAName(names)) {
            Set<String> parts = new HashSet<>();
            sharing.forEach(i -> parts.add(part.apply(runs.get(i))));
            if (parts.size() > 1) {
                for (int i : sharing) {
                    String p = part.apply(runs.get(i));
                    if (!p.isEmpty() && !names.get(i).contains(p)) {
                        names.set(i, names.get(i) + " · " + p);
                    }
                }
            }
        }
    }

    /** Numbers the runs that still share a name, {@code #2} on, in the order of their files. */
    private static void number(List<Run> runs, List<String> names) {
        List<List<Integer>> sharing = sharingAName(names);
        Set<String> taken = new HashSet<>(names);
        for (List<Integer> group : sharing) {
            List<Integer> ordered = group.stream()
                    .sorted(Comparator.comparing(runs::get, NUMBERING))
                    .toList();
            for (int i : ordered.subList(1, ordered.size())) {
                names.set(i, unused(names.get(i), taken));
            }
        }
    }

    /** The indexes of the runs that share a name with another, one list per name, by name. */
    private static List<List<Integer>> sharingAName(List<String> names) {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i);
        }
        return byName.values().stream().filter(g -> g.size() > 1).toList();
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

    /** What the user opened that the run came from: the first part of its shown path, e.g. {@code artifact.zip}. */
    static String opened(Run run) {
        String path = run.identity().path().replace('\\', '/');
        int end = path.length();
        for (String separator : List.of("!/", "/")) {
            int at = path.indexOf(separator);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }
}
