package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.charts.ChartInput;
import dev.benchlens.viewer.charts.ChartsModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Keeps the charts model in step with the comparison: the rows the filters and the table's column filters let
 * through, in the comparison's own order (sorting the table must not reorder the charts), the row selected, and the
 * default chart of each new comparison.
 */
final class ChartFeed {

    private final CompareModel model;
    private final ObservableList<ComparisonRow> kept;
    private final ChartsModel charts;
    private final BackgroundExecutor executor;
    private boolean queued;

    /**
     * @param kept the rows the table keeps after its column filters, in any order
     */
    ChartFeed(CompareModel model, ObservableList<ComparisonRow> kept, ChartsModel charts, BackgroundExecutor executor) {
        this.model = model;
        this.kept = kept;
        this.charts = charts;
        this.executor = executor;
        kept.addListener((ListChangeListener<ComparisonRow>) c -> queue());
        model.rowsSettlingProperty().addListener((obs, was, settling) -> queue());
        model.comparisonProperty().addListener((obs, old, now) -> queue());
        model.computingProperty().addListener((obs, was, now) -> {
            if (model.comparison() == null) {
                queue(); // the placeholder says whether a comparison is running
            }
        });
        model.comparisonProperty().addListener((obs, old, now) -> charts.compared(now, model.statesSpeedups()));
        charts.markedProperty().bindBidirectional(model.selectedRowProperty());
    }

    /**
     * Gives the charts new rows once per turn however many list changes arrive together; while the rows of a large
     * comparison are still arriving in slices, not at all: they are drawn once, when the last has arrived.
     */
    private void queue() {
        if (queued) {
            return;
        }
        queued = true;
        executor.onUiThread(() -> {
            queued = false;
            if (model.rowsSettlingProperty().get()) {
                return;
            }
            if (model.comparison() != null) {
                charts.show(new ChartInput(model.comparison(), inComparisonOrder()));
            } else {
                charts.show(
                        model.computingProperty().get()
                                        || model.showingFirstRowsProperty().get()
                                ? ChartInput.whileComparing()
                                : ChartInput.empty());
            }
        });
    }

    /** The model's rows are in the comparison's order; the table's column filters can only leave some out. */
    private List<ComparisonRow> inComparisonOrder() {
        List<ComparisonRow> ordered = model.visibleRows();
        if (kept.size() == ordered.size()) {
            return List.copyOf(ordered);
        }
        Set<ComparisonRow> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(kept);
        return ordered.stream().filter(shown::contains).toList();
    }
}
