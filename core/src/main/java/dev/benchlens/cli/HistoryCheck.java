package dev.benchlens.cli;

import dev.benchlens.check.CheckResult;
import dev.benchlens.check.GateOptions;
import dev.benchlens.check.HistoryGate;
import dev.benchlens.compare.CompareOptions;
import dev.benchlens.format.Run;
import dev.benchlens.history.ChangePointOptions;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.history.RunOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code check --history DIR CANDIDATE...}: loads both sides and hands them to {@link HistoryGate}. */
final class HistoryCheck {

    /** The gate's findings, the candidates judged, and how many files could not be read. */
    record Outcome(CheckResult result, List<Run> candidates, int unreadableFiles) {}

    private HistoryCheck() {}

    static Outcome run(
            Path historyDir,
            List<String> candidates,
            GateOptions gate,
            boolean failOnEnvironment,
            CompareOptions compare,
            RunInputs inputs) {
        List<Run> candidateRuns =
                inputs.loadAll(candidates).stream().flatMap(List::stream).toList();
        Set<String> candidateOrigins =
                candidateRuns.stream().map(HistoryCheck::origin).collect(Collectors.toSet());
        // A candidate that already lies in the history folder must not be judged against itself.
        List<Run> past = inputs.load(historyDir.toString()).stream()
                .filter(r -> !candidateOrigins.contains(origin(r)))
                .toList();
        HistoryOptions options = new HistoryOptions(compare, ChangePointOptions.defaults(), RunOrder.TIME);
        History history = Histories.of(past, options);
        return new Outcome(
                HistoryGate.check(history, candidateRuns, gate, failOnEnvironment, options),
                candidateRuns,
                inputs.problems());
    }

    private static String origin(Run run) {
        return Path.of(run.origin().replace("!/", "/"))
                .toAbsolutePath()
                .normalize()
                .toString();
    }
}
