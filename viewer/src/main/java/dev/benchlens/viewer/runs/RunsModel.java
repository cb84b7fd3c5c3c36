package dev.benchlens.viewer.runs;

import dev.benchlens.format.Run;
import dev.benchlens.identity.BaselineChoice;
import dev.benchlens.identity.RunNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The loaded runs, which one is the baseline and which are candidates. Until the user chooses a baseline, core's
 * {@link BaselineChoice} does (the Docker run, else the oldest), and runs are kept oldest first, so that opening the
 * same files in another order gives the same table. Names the user gives are remembered per file.
 */
public final class RunsModel {

    private static final Comparator<RunEntry> ORDER =
            Comparator.comparing(RunEntry::named, BaselineChoice.CHRONOLOGICAL);

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.nameProperty(), entry.candidateProperty()});
    private final ObservableList<RunEntry> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<RunEntry> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper baselineReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<String, String>> renames = new ReadOnlyObjectWrapper<>(Map.of());
    private boolean chosenByUser;
    private boolean naming;

    // Properties

    /** Every loaded run, oldest first; changes when a run's name or candidate flag changes too. */
    public ObservableList<RunEntry> runs() {
        return readOnlyRuns;
    }

    public ReadOnlyObjectProperty<RunEntry> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public RunEntry baseline() {
        return baseline.get();
    }

    /** Why the baseline is the baseline, e.g. "the Docker run (folder docker_results): ...". */
    public ReadOnlyStringProperty baselineReasonProperty() {
        return baselineReason.getReadOnlyProperty();
    }

    /** The names the user gave, by file (a run's origin); what the settings keep between sessions. */
    public ReadOnlyObjectProperty<Map<String, String>> renamesProperty() {
        return renames.getReadOnlyProperty();
    }

    /** The runs compared against the baseline: those marked as candidates, other than the baseline, oldest first. */
    public List<RunEntry> candidates() {
        return runs.stream()
                .filter(r -> r != baseline.get() && r.candidateProperty().get())
                .toList();
    }

    // Commands

    /** Names given in an earlier session, by file; applied to runs opened from now on. */
    public void rememberRenames(Map<String, String> byOrigin) {
        renames.set(Map.copyOf(byOrigin));
    }

    /**
     * Adds runs and names every run in the list anew: as the user last named its file, else by core's
     * {@link RunNames}, which gives the same runs the same names whatever order they arrive in.
     */
    public void add(List<Run> loaded) {
        // One change for the whole lot: the comparison and the history listen to the list, and a thousand stored
        // runs added one by one would make each of them start over a thousand times.
        List<RunEntry> added = new ArrayList<>(loaded.size());
        for (Run run : loaded) {
            RunEntry entry = new RunEntry(run);
            entry.nameProperty().addListener((obs, old, now) -> {
                if (!naming) {
                    rename(run.origin(), now);
                }
            });
            added.add(entry);
        }
        runs.addAll(added);
        nameAll();
        FXCollections.sort(runs, ORDER);
        if (!chosenByUser) {
            applyRule();
        }
    }

    private void nameAll() {
        List<Run> named = named(runs.stream().map(RunEntry::run).toList());
        naming = true;
        try {
            for (int i = 0; i < runs.size(); i++) {
                runs.get(i).nameProperty().set(named.get(i).name());
            }
        } finally {
            naming = false;
        }
    }

    /** The runs under the names the user gave their files, then told apart by core's rule. */
    private List<Run> named(List<Run> loaded) {
        return RunNames.distinct(loaded.stream()
                .map(run -> run.withIdentity(run.identity().withName(nameOf(run))))
                .toList());
    }

    /** A baseline and its candidates, named as the run list names them, in its order. */
    public record Lineup(Run baseline, List<Run> candidates) {
        public Lineup {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * How the list would line up {@code loaded}, were they added to it now, whatever order they arrived in: empty
     * while the list holds runs already.
     */
    public Optional<Lineup> lineupOf(List<Run> loaded) {
        if (!runs.isEmpty() || loaded.isEmpty()) {
            return Optional.empty();
        }
        BaselineChoice rule = BaselineChoice.among(named(loaded));
        return Optional.of(new Lineup(rule.baseline(), rule.candidates()));
    }

    /** The name the user last gave the run's file, else the run's own. */
    private String nameOf(Run run) {
        String remembered = renames.get().get(run.origin());
        return remembered != null ? remembered : run.name();
    }

    private void rename(String origin, String name) {
        Map<String, String> next = new HashMap<>(renames.get());
        next.put(origin, name);
        renames.set(Map.copyOf(next));
    }

    public void chooseBaseline(RunEntry entry) {
        if (entry != null && runs.contains(entry)) {
            Rule rule = rule();
            chosenByUser = entry != rule.baseline();
            baseline.set(entry);
            baselineReason.set(chosenByUser ? "chosen by you" : rule.reason());
        }
    }

    public void remove(RunEntry entry) {
        runs.remove(entry);
        nameAll();
        if (entry == baseline.get()) {
            chosenByUser = false;
            applyRule();
        }
    }

    public void clear() {
        runs.clear();
        chosenByUser = false;
        applyRule();
    }

    private void applyRule() {
        if (runs.isEmpty()) {
            baseline.set(null);
            baselineReason.set("");
            return;
        }
        Rule rule = rule();
        baseline.set(rule.baseline());
        baselineReason.set(rule.reason());
    }

    private record Rule(RunEntry baseline, String reason) {}

    /** Core's choice among the runs in the list as they are named there; the list must not be empty. */
    private Rule rule() {
        IdentityHashMap<Run, RunEntry> entries = new IdentityHashMap<>();
        runs.forEach(entry -> entries.put(entry.named(), entry));
        BaselineChoice choice = BaselineChoice.among(List.copyOf(entries.keySet()));
        return new Rule(entries.get(choice.baseline()), choice.reason());
    }
}
