package dev.benchlens.read;

import dev.benchlens.format.Run;

import java.util.ArrayList;
import java.util.List;

/** The runs read from one or more paths, and a problem for every file that could not be read. */
public record LoadResult(List<Run> runs, List<LoadProblem> problems) {

    public LoadResult {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    public static LoadResult empty() {
        return new LoadResult(List.of(), List.of());
    }

    public LoadResult plus(LoadResult other) {
        List<Run> allRuns = new ArrayList<>(runs);
        allRuns.addAll(other.runs);
        List<LoadProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new LoadResult(allRuns, allProblems);
    }
}
