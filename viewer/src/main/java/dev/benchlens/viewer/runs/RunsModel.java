package dev.benchlens.viewer.runs;

import dev.benchlens.format.Run;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The loaded runs, which one is the baseline and which are candidates. */
public final class RunsModel {

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.nameProperty(), entry.candidateProperty()});
    private final ObservableList<RunEntry> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<RunEntry> baseline = new ReadOnlyObjectWrapper<>();

    // Properties

    /** Every loaded run in the order it was opened; changes when a run's name or candidate flag changes too. */
    public ObservableList<RunEntry> runs() {
        return readOnlyRuns;
    }

    public ReadOnlyObjectProperty<RunEntry> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public RunEntry baseline() {
        return baseline.get();
    }

    /** The runs compared against the baseline: those marked as candidates, other than the baseline. */
    public List<RunEntry> candidates() {
        return runs.stream().filter(r -> r != baseline.get() && r.candidateProperty().get()).toList();
    }

    // Commands

    /**
     * Adds runs to the list. While no baseline has been chosen, the first run whose source says {@code docker}
     * becomes it (the reference the user compares native runs against), else the first run.
     */
    public void add(List<Run> loaded) {
        for (Run run : loaded) {
            RunEntry entry = new RunEntry(run);
            entry.nameProperty().set(unusedName(entry.name()));
            runs.add(entry);
        }
        if (baseline.get() == null && !runs.isEmpty()) {
            baseline.set(runs.stream().filter(RunsModel::isDocker).findFirst().orElse(runs.getFirst()));
        }
    }

    /** The name itself, or with {@code #2}, {@code #3}... when another run already has it. */
    private String unusedName(String name) {
        String candidate = name;
        for (int n = 2; isTaken(candidate); n++) {
            candidate = name + " #" + n;
        }
        return candidate;
    }

    private boolean isTaken(String name) {
        return runs.stream().anyMatch(r -> r.name().equals(name));
    }

    /**
     * Puts the entries of {@code opened} in that order, after every other entry: files opened together finish
     * in any order, and the list shows them in the order they were given.
     */
    public void keepOrder(List<Run> opened) {
        Map<Run, Integer> rank = new IdentityHashMap<>();
        opened.forEach(run -> rank.putIfAbsent(run, rank.size()));
        List<RunEntry> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(entry -> rank.getOrDefault(entry.run(), -1)));
        if (!sorted.equals(runs)) {
            runs.setAll(sorted);
        }
    }

    public void chooseBaseline(RunEntry entry) {
        if (entry != null && runs.contains(entry)) {
            baseline.set(entry);
        }
    }

    public void remove(RunEntry entry) {
        runs.remove(entry);
        if (entry == baseline.get()) {
            baseline.set(runs.isEmpty() ? null : runs.getFirst());
        }
    }

    public void clear() {
        runs.clear();
        baseline.set(null);
    }

    public static boolean isDocker(RunEntry entry) {
        var m = entry.run().metadata();
        return m.source().toLowerCase(java.util.Locale.ROOT).contains("docker")
                || (m.container() != null && Boolean.TRUE.equals(m.container().dockerEnv()));
    }
}
