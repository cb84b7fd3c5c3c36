package dev.benchlens.read;

import dev.benchlens.format.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs read from one or more paths, a problem for every file that could not be read, and notes about files
 * skipped on purpose (guard-rail lists, files that are neither JSON nor zip inside a folder, metadata with no run).
 */
public record LoadResult(List<Run> runs, List<LoadProblem> problems, List<LoadProblem> notes) {

    public LoadResult {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public LoadResult(List<Run> runs, List<LoadProblem> problems) {
        this(runs, problems, List.of());
    }

    public static LoadResult empty() {
        return new LoadResult(List.of(), List.of(), List.of());
    }

    public LoadResult plus(LoadResult other) {
        return new LoadResult(concat(runs, other.runs), concat(problems, other.problems), concat(notes, other.notes));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
