package dev.benchlens.viewer.charts;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.prefs.Theme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the charts show: which chart is in front, the matrix's options, the rows in comparison order, the row marked
 * and the look to paint in. Every chart binds to this and reads no control; the views set it.
 */
public final class ChartsModel {

    private final ReadOnlyObjectWrapper<ChartKind> front = new ReadOnlyObjectWrapper<>(ChartKind.SPEEDUP_PER_CASE);
    private final BooleanProperty showReference = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ChartInput> input = new ReadOnlyObjectWrapper<>(ChartInput.empty());
    private final ObjectProperty<ComparisonRow> marked = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private boolean chosenByUser;

    // Properties

    /** The chart in front; only it is drawn, the others when they come to the front. */
    public ReadOnlyObjectProperty<ChartKind> frontProperty() {
        return front.getReadOnlyProperty();
    }

    /** Whether the matrix of every case shows the reference implementation's lines (hidden by default). */
    public BooleanProperty showReferenceProperty() {
        return showReference;
    }

    /** The rows to draw, those the filters let through in the comparison's order, or why there are none. */
    public ReadOnlyObjectProperty<ChartInput> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** The row marked in every chart: selected in the table or clicked in a chart. */
    public ObjectProperty<ComparisonRow> markedProperty() {
        return marked;
    }

    /** The look the charts paint in. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    // Commands

    /** The user brings a chart to the front; from then on, a new comparison leaves the front alone. */
    public void choose(ChartKind kind) {
        chosenByUser = true;
        front.set(kind);
    }

    /** New rows to draw. */
    public void show(ChartInput rows) {
        input.set(rows);
    }

    /**
     * A new comparison: until the user picks a chart, the matrix of every case in front when more than two runs are
     * compared (one baseline and several candidates); with two, the speedup bars when the runs state speedups, else
     * the ratio of their times.
     */
    public void compared(Comparison comparison, boolean statesSpeedups) {
        if (chosenByUser || comparison == null) {
            return;
        }
        if (comparison.candidates().size() > 1) {
            front.set(ChartKind.EVERY_CASE);
        } else {
            front.set(statesSpeedups ? ChartKind.SPEEDUP_PER_CASE : ChartKind.RATIO_PER_CASE);
        }
    }
}
