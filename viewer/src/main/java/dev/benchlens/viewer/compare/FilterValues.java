package dev.benchlens.viewer.compare;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The values the filters offer for the current comparison: its shapes, dtypes, operations and implementations. */
final class FilterValues {

    private final ObservableList<String> shapes = FXCollections.observableArrayList();
    private final ObservableList<String> dtypes = FXCollections.observableArrayList();
    private final ObservableList<String> operations = FXCollections.observableArrayList();
    private final ObservableList<String> implementations = FXCollections.observableArrayList();

    ObservableList<String> shapes() {
        return shapes;
    }

    ObservableList<String> dtypes() {
        return dtypes;
    }

    ObservableList<String> operations() {
        return operations;
    }

    ObservableList<String> implementations() {
        return implementations;
    }

    /** Offers the values of {@code comparison}. */
    void offer(PreparedComparison comparison) {
        offer(shapes, comparison.shapes());
        offer(dtypes, comparison.dtypes());
        offer(operations, comparison.operations());
        offer(implementations, comparison.implementations());
    }

    /**
     * The values a filter offers, changed only when they differ: each change rebuilds the filter's list and clears
     * its ticks, so the same cases seen from another baseline keep the filter the user chose.
     */
    private static void offer(ObservableList<String> offered, List<String> values) {
        if (!offered.equals(values)) {
            offered.setAll(values);
        }
    }
}
