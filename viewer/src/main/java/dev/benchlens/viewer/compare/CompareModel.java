package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ChangeCounts;
import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.ExpectedBands;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Run;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import dev.benchlens.viewer.runs.RunEntry;
import dev.benchlens.viewer.runs.RunsModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The comparison of the chosen baseline with the chosen candidates, recomputed by core's {@link RunComparator} in
 * the background whenever the runs, the choice or the expected bands change; and the rows the filters let through.
 */
public final class CompareModel {

    /** The bands the user expects for native ARM64 against Docker: forced SIMD 25-80x, auto dispatch 15-60x. */
    public static final String DEFAULT_BANDS = ExpectedBands.SEED;

    /**
     * Baseline keys whose rows are shown first, while a comparison too large for one turn of the table is still
     * running: more than a screen, and cheap enough to find in a few milliseconds.
     */
    static final int FIRST_ROWS = 500;

    private final RunsModel runs;
    private final BackgroundExecutor executor;

    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showingFirstRows = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readingTheRest = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ExpectedBands> bands = new SimpleObjectProperty<>(ExpectedBands.parse(DEFAULT_BANDS));
    private final ObjectProperty<Integer> assumedSamples = new SimpleObjectProperty<>();
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.all());
    private final ObjectProperty<ComparisonRow> selectedRow = new SimpleObjectProperty<>();

    private final FilteredRows visibleRows;
    private final FilterValues values = new FilterValues();
    private PreparedComparison prepared = PreparedComparison.of(null);
    private RunComparator.FirstRows firstRows;
    private final Latest comparing;
    private boolean recomputeQueued;
    private boolean warmedUp;

    public CompareModel(RunsModel runs, BackgroundExecutor executor) {
        this.runs = runs;
        this.executor = executor;
        this.comparing = executor.latest(Lane.COMPARING);
        this.visibleRows = new FilteredRows(executor, error::set);
        runs.runs().addListener((ListChangeListener<RunEntry>) c -> recompute());
        runs.baselineProperty().addListener((obs, old, now) -> recompute());
        bands.addListener((obs, old, now) -> optionsChanged());
        assumedSamples.addListener((obs, old, now) -> optionsChanged());
        filter.addListener((obs, old, now) -> showRows());
    }

    // Properties

    /** The latest comparison, or {@code null} while fewer than two runs are chosen. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /**
     * True while the table holds only the first rows of a large comparison, found before the rest; the counts,
     * charts and filters wait for the whole of it.
     */
    public ReadOnlyBooleanProperty showingFirstRowsProperty() {
        return showingFirstRows.getReadOnlyProperty();
    }

    /**
     * True while the first rows shown come from the start of each file, read before the whole of them: the files are
     * still being read, and then compared.
     */
    public ReadOnlyBooleanProperty readingTheRestProperty() {
        return readingTheRest.getReadOnlyProperty();
    }

    /** Why the baseline is the baseline, as the run list decided it. */
    public ReadOnlyStringProperty baselineReasonProperty() {
        return runs.baselineReasonProperty();
    }

    /** Why the last comparison failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<ExpectedBands> bandsProperty() {
        return bands;
    }

    /**
     * The sample count to assume for files that record none (the upstream script's), as {@code --assume-samples}
     * does; {@code null} assumes nothing and leaves such rows untested.
     */
    public ObjectProperty<Integer> assumedSamplesProperty() {
        return assumedSamples;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    /** The row selected in the table or clicked in a chart; shared so that each view follows the others. */
    public ObjectProperty<ComparisonRow> selectedRowProperty() {
        return selectedRow;
    }

    /**
     * Every row the filter lets through, in the comparison's order (candidate, then key). Large changes arrive
     * over several turns of the UI thread; {@link #rowsSettlingProperty()} is true meanwhile.
     */
    public ObservableList<ComparisonRow> visibleRows() {
        return visibleRows.shown();
    }

    /** True while the rows of a new comparison or filter are still arriving in {@link #visibleRows()}. */
    public ReadOnlyBooleanProperty rowsSettlingProperty() {
        return visibleRows.settlingProperty();
    }

    /** How a candidate's rows divide between the verdicts, counted with the comparison in the background. */
    public ChangeCounts countsOf(int candidate) {
        return prepared.counts().get(candidate);
    }

    /** True when a row of the current comparison has a stated speedup on either side; found in the background. */
    public boolean statesSpeedups() {
        return prepared.statesSpeedups();
    }

    public ObservableList<String> shapes() {
        return values.shapes();
    }

    public ObservableList<String> dtypes() {
        return values.dtypes();
    }

    public ObservableList<String> operations() {
        return values.operations();
    }

    public ObservableList<String> implementations() {
        return values.implementations();
    }

    /** The display name of a row's candidate run. */
    public String candidateName(ComparisonRow row) {
        Comparison c = comparison.get();
        if (c != null) {
            return c.candidates().get(row.candidateIndex());
        }
        return firstRows == null ? "" : firstRows.candidates().get(row.candidateIndex());
    }

    // Commands

    /** Parses and applies bands such as {@code simd=25..80,auto=15..60}; throws with the reason when malformed. */
    public void setBands(String text) {
        bands.set(text == null || text.isBlank() ? ExpectedBands.none() : ExpectedBands.parse(text));
    }

    /**
     * Shows the first rows of the files being opened, found from their starts
     * ({@link dev.benchlens.viewer.open.OpenModel#startsProperty()}) while the whole of them is read, when nothing
     * else is shown. They are the rows the whole comparison will start with: the same runs, named and lined up as
     * the run list will line them up, and {@link RunComparator#firstRowsOfStarts} gives none unless every first
     * baseline key found its partner.
     */
    public void showFirstRowsWhileReading(ObservableValue<List<Run>> starts) {
        starts.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                stopReadingTheRest();
            } else {
                compareStarts(now);
            }
        });
    }

    private void compareStarts(List<Run> starts) {
        if (!runs.runs().isEmpty()
                || !prepared.rows().isEmpty()
                || !filter.get().letsEverythingThrough()) {
            return;
        }
        Optional<RunsModel.Lineup> lineup = runs.lineupOf(starts);
        if (lineup.isEmpty() || lineup.get().candidates().isEmpty()) {
            return;
        }
        Latest.Request request = comparing.current();
        Run base = lineup.get().baseline();
        List<Run> others = lineup.get().candidates();
        CompareOptions options = options();
        request.submit(
                () -> RunComparator.firstRowsOfStarts(base, others, options, FIRST_ROWS),
                first -> {
                    if (runs.runs().isEmpty()
                            && prepared.rows().isEmpty()
                            && first.isPresent()
                            && !first.get().rows().isEmpty()) {
                        readingTheRest.set(true);
                        showFirstRows(first.get());
                    }
                },
                failure -> {}); // the whole comparison meets the same failure and reports it
    }

    /** The files are read: what the runs give now replaces the rows from their starts, or nothing does. */
    private void stopReadingTheRest() {
        if (!readingTheRest.get()) {
            return;
        }
        readingTheRest.set(false);
        if (runs.baseline() == null || runs.candidates().isEmpty()) {
            publish(null);
        }
    }

    /**
     * Compares again. Changes that arrive together (runs added and a baseline chosen in one step) are gathered
     * into one comparison: a large one takes seconds, and a stale one would hold up the single worker.
     */
    public void recompute() {
        if (!recomputeQueued) {
            recomputeQueued = true;
            executor.onUiThread(() -> {
                recomputeQueued = false;
                recomputeNow();
            });
        }
    }

    private void recomputeNow() {
        Latest.Request request = comparing.next();
        RunEntry baseline = runs.baseline();
        List<RunEntry> candidates = runs.candidates();
        if (baseline == null || candidates.isEmpty()) {
            // The first run read keeps the rows from the files' starts on screen until the others are read.
            if (!readingTheRest.get()) {
                publish(null);
            }
            if (baseline != null && !warmedUp) {
                warmUp(baseline.run());
            }
            return;
        }
        // Runs go to core under the names the user sees, so that tables and exports use those names.
        Run base = named(baseline);
        List<Run> others = candidates.stream().map(CompareModel::named).toList();
        CompareOptions options = options();
        computing.set(true);
        Callable<PreparedComparison> work = () -> PreparedComparison.of(RunComparator.compare(base, others, options));
        // A large first comparison shows its first rows within a moment, found before the whole of it in the comparing
        // lane, which leaves a core for the window: a person is looking at rows meanwhile.
        boolean replacing = !prepared.rows().isEmpty();
        boolean firstRowsFirst =
                !replacing && filter.get().letsEverythingThrough() && base.hasMoreMeasurementsThan(SlicedRows.SLICE);
        if (firstRowsFirst) {
            request.submit(
                    () -> RunComparator.firstRows(base, others, options, FIRST_ROWS),
                    first -> {
                        // None among the first keys (runs of different cases) is nothing worth showing early.
                        if (prepared.rows().isEmpty() && !first.rows().isEmpty()) {
                            readingTheRest.set(false);
                            showFirstRows(first);
                        }
                    },
                    failure -> {}); // the whole comparison meets the same failure and reports it
        }
        request.submit(
                work,
                result -> {
                    error.set("");
                    publish(result);
                },
                failure -> {
                    error.set("Could not compare: " + failure.getMessage());
                    publish(null);
                });
    }

    /** Rows from the files' starts were compared with the options before: they go, and the runs compare again. */
    private void optionsChanged() {
        stopReadingTheRest();
        recompute();
    }

    private CompareOptions options() {
        return CompareOptions.defaults().withBands(bands.get()).withAssumedSamples(assumedSamples.get());
    }

    private static Run named(RunEntry entry) {
        return entry.named();
    }

    /**
     * Runs the comparison code once, on the first run read, while the others are still being read: the first
     * rows of the real comparison then come from compiled code instead of a cold start.
     */
    private void warmUp(Run run) {
        warmedUp = true;
        executor.submit(
                Lane.COMPARING,
                () -> RunComparator.firstRows(run, List.of(run), CompareOptions.defaults(), FIRST_ROWS),
                first -> {},
                failure -> {});
    }

    private void showFirstRows(RunComparator.FirstRows first) {
        boolean alreadyShown = first.equals(firstRows);
        firstRows = first;
        showingFirstRows.set(true);
        if (!alreadyShown) {
            visibleRows.showAsTheyAre(first.rows());
        }
    }

    private void publish(PreparedComparison result) {
        computing.set(false);
        firstRows = null;
        selectedRow.set(null);
        prepared = result == null ? PreparedComparison.of(null) : result;
        showRows();
        values.offer(prepared);
        comparison.set(prepared.comparison());
    }

    /** Shows the rows the filter lets through; testing 200,000 rows against a search happens in the background. */
    private void showRows() {
        readingTheRest.set(false);
        showingFirstRows.set(false);
        visibleRows.show(prepared.rows(), filter.get());
    }
}
