package dev.benchlens.viewer.history;

import dev.benchlens.format.Run;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.history.SelfTest;
import dev.benchlens.history.Series;
import dev.benchlens.history.SeriesPoint;
import dev.benchlens.report.history.SelfTestLine;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import dev.benchlens.viewer.runs.RunEntry;
import dev.benchlens.viewer.runs.RunsModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The History tab's state: the change points of the loaded runs largest first (where a reader starts), the series
 * to draw (those with a change point, largest latest change first), and the self-test's line saying what this
 * history can see; recomputed in the background whenever runs are added or removed.
 */
public final class HistoryModel {

    /** Series drawn at most: those with a change point first, so the ones that matter are never cut. */
    public static final int MAX_SHOWN = 60;

    private final RunsModel runs;
    private final UnaryOperator<List<Run>> withStored;
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableList<Series> readOnlySeries = FXCollections.unmodifiableObservableList(series);
    private final ObservableList<History.Located> changes = FXCollections.observableArrayList();
    private final ObservableList<History.Located> readOnlyChanges = FXCollections.unmodifiableObservableList(changes);
    private final ReadOnlyStringWrapper selfTest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper("Open runs of one workflow to see their" + " history");
    private final BooleanProperty wanted = new SimpleBooleanProperty(true);
    private boolean stale;
    private final Latest histories;
    private final Latest selfTests;

    public HistoryModel(RunsModel runs, BackgroundExecutor executor) {
        this(runs, executor, UnaryOperator.identity());
    }

    /**
     * A model whose history is built from the loaded runs as {@code withStored} completes them (in the background):
     * the run store adds the runs of the same repositories whose artifacts are gone.
     */
    public HistoryModel(RunsModel runs, BackgroundExecutor executor, UnaryOperator<List<Run>> withStored) {
        this.withStored = withStored;
        this.runs = runs;
        this.histories = executor.latest(Lane.COMPARING);
        this.selfTests = executor.latest(Lane.COMPARING);
        runs.runs().addListener((ListChangeListener<RunEntry>) c -> {
            boolean membership = false;
            while (c.next()) {
                membership |= c.wasAdded() || c.wasRemoved();
            }
            if (membership) {
                refreshWhenWanted();
            }
        });
        wanted.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    // Properties

    /** The series shown, largest latest change first. */
    public ObservableList<Series> series() {
        return readOnlySeries;
    }

    /** Every change point, largest first, each with its series: the tab's entry point. */
    public ObservableList<History.Located> changes() {
        return readOnlyChanges;
    }

    /**
     * What this history can see, per group of runs, as {@code history --self-test} prints it; empty until it is
     * measured, after the change points are shown.
     */
    public ReadOnlyStringProperty selfTestProperty() {
        return selfTest.getReadOnlyProperty();
    }

    /** What the tab says above the charts: how many runs, series and change points. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Whether anyone looks at the history. While not, opening runs only marks it stale: finding change points in
     * 200,000 series would otherwise hold up the comparison the user is waiting for.
     */
    public BooleanProperty wantedProperty() {
        return wanted;
    }

    // Commands

    private void refreshWhenWanted() {
        if (wanted.get()) {
            refresh();
        } else {
            stale = true;
        }
    }

    /** Recomputes the history of the loaded runs; a result that arrives after a newer request is dropped. */
    public void refresh() {
        stale = false;
        List<Run> loaded = runs.runs().stream().map(RunEntry::run).toList();
        selfTests.next();
        if (loaded.isEmpty()) {
            histories.next();
            series.clear();
            changes.clear();
            selfTest.set("");
            status.set("Open runs of one workflow to see their history");
            return;
        }
        status.set("Finding change points in " + loaded.size() + " run(s)…");
        histories.submit(
                () -> Histories.of(withStored.apply(loaded), HistoryOptions.defaults()),
                history -> {
                    show(history);
                    measure(history);
                },
                failure -> status.set("Could not build the history: " + failure.getMessage()));
    }

    /** The self-test after the charts, so that it never holds up the first one. */
    private void measure(History history) {
        selfTest.set("Measuring what this history can see…");
        selfTests.submit(
                () -> SelfTest.of(history, SelfTest.DEFAULT_SEED).stream()
                        .map(SelfTestLine::of)
                        .collect(Collectors.joining("\n")),
                line -> selfTest.set(line.isEmpty() ? "" : "Self-test: " + line),
                failure -> selfTest.set("Could not run the self-test: " + failure.getMessage()));
    }

    private void show(History history) {
        changes.setAll(history.changesBySize());
        List<Series> ordered = history.bySizeOfLatestChange();
        long withChange = ordered.stream().filter(s -> !s.changes().isEmpty()).count();
        int shown = (int) Math.max(withChange, Math.min(MAX_SHOWN, ordered.size()));
        series.setAll(ordered.subList(0, shown));
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%d run(s), %d series, %d with a change point (p ≤ %s)",
                history.runs(),
                ordered.size(),
                withChange,
                history.options().maxPValue()));
        if (shown < ordered.size()) {
            text.append("; ").append(ordered.size() - shown).append(" series without a change not drawn");
        }
        history.warnings().forEach(w -> text.append(". ").append(w));
        status.set(text.toString());
    }

    /**
     * Opens the run of point {@code index} beside the run before it: the earlier becomes the baseline and the
     * clicked one the only candidate, so that the comparison below shows what changed.
     */
    public void openPoint(Series s, int index) {
        Optional<RunEntry> clicked = entry(s.points().get(index));
        if (clicked.isEmpty()) {
            return;
        }
        Optional<RunEntry> before =
                index == 0 ? Optional.empty() : entry(s.points().get(index - 1));
        before.ifPresent(runs::chooseBaseline);
        for (RunEntry entry : runs.runs()) {
            entry.candidateProperty().set(entry == clicked.get());
        }
    }

    private Optional<RunEntry> entry(SeriesPoint point) {
        return runs.runs().stream()
                .filter(e -> e.run().origin().equals(point.origin()))
                .findFirst();
    }
}
