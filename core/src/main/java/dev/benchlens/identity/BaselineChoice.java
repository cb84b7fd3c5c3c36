package dev.benchlens.identity;

import dev.benchlens.format.Environment;
import dev.benchlens.format.Run;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which of several runs is the baseline, by one rule whatever order they were opened in: a Docker run when there is
 * one (the seed's question is how much faster native is than Docker), else the oldest; the others follow as
 * candidates, oldest first.
 *
 * @param reason why this run is the baseline, in words for the user
 */
public record BaselineChoice(Run baseline, List<Run> candidates, String reason) {

    /** Oldest first; runs without a time last; then by name and file, so that the order never depends on input. */
    public static final Comparator<Run> CHRONOLOGICAL = Comparator.comparing(
                    BaselineChoice::started, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Run::name)
            .thenComparing(Run::origin);

    public BaselineChoice {
        Objects.requireNonNull(baseline, "baseline");
        candidates = List.copyOf(candidates);
    }

    /** The choice among {@code runs}, which must not be empty. */
    public static BaselineChoice among(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to choose a baseline from");
        }
        List<Run> ordered = runs.stream().sorted(CHRONOLOGICAL).toList();
        Run docker = ordered.stream()
                .filter(r -> r.identity().environment() == Environment.DOCKER)
                .findFirst()
                .orElse(null);
        Run baseline = docker != null ? docker : ordered.getFirst();
        String reason = docker != null
                ? "the Docker run (" + docker.identity().environmentReason() + "): ratios say how much better the"
                        + " others did than Docker"
                : ordered.size() == 1
                        ? "the only run"
                        : started(baseline) != null
                                ? "the oldest run, as no run is from Docker"
                                : "the first run by name, as no run is from Docker and none records its time";
        return new BaselineChoice(
                baseline, ordered.stream().filter(r -> r != baseline).toList(), reason);
    }

    private static Instant started(Run run) {
        return RunTimes.started(run);
    }
}
