package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The rows a filter lets through, in the comparison's order, as the table shows them: testing 200,000 rows against
 * a search happens in the comparing lane, and large changes reach the table in slices ({@link SlicedRows}).
 */
final class FilteredRows {

    private final SlicedRows<ComparisonRow> shown;
    private final Latest filtering;
    private final Consumer<String> onFailure;

    FilteredRows(BackgroundExecutor executor, Consumer<String> onFailure) {
        this.shown = new SlicedRows<>(executor);
        this.filtering = executor.latest(Lane.COMPARING);
        this.onFailure = onFailure;
    }

    ObservableList<ComparisonRow> shown() {
        return shown.shown();
    }

    ReadOnlyBooleanProperty settlingProperty() {
        return shown.settlingProperty();
    }

    /** Shows the rows of {@code rows} that {@code filter} lets through; a newer call overtakes a slower one. */
    void show(List<ComparisonRow> rows, RowFilter filter) {
        if (filter.letsEverythingThrough()) {
            filtering.next();
            shown.replace(rows);
            return;
        }
        filtering.submit(
                () -> rows.stream().filter(filter).toList(),
                shown::replace,
                failure -> onFailure.accept("Could not filter the rows: " + failure.getMessage()));
    }

    /** Shows rows that need no filtering (the first rows of a large comparison). */
    void showAsTheyAre(List<ComparisonRow> rows) {
        shown.replace(rows);
    }
}
