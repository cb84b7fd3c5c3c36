package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;

/**
 * What every chart does with its model: draws the rows when it is in front and they are new to it (drawing 200,000
 * rows takes a core for a while, which the table needs more), marks the row the model marks, and hands a clicked
 * row to the model.
 */
abstract class BoundChart implements ComparisonChart {

    private final ChartKind kind;
    private final ChartsModel model;
    private ChartInput drawn;

    BoundChart(ChartKind kind, ChartsModel model) {
        this.kind = kind;
        this.model = model;
        model.inputProperty().addListener((obs, old, now) -> drawIfStale());
        model.frontProperty().addListener((obs, old, now) -> drawIfStale());
        model.markedProperty().addListener((obs, old, row) -> mark(row));
    }

    @Override
    public final ChartKind kind() {
        return kind;
    }

    /** Draws {@code input}: the rows, or a placeholder saying why there are none. */
    abstract void draw(ChartInput input);

    /** Marks the row's bar, point or cell, or clears the mark for {@code null}. */
    abstract void mark(ComparisonRow row);

    final ChartsModel model() {
        return model;
    }

    /** The row marked now, for a drawing that starts. */
    final ComparisonRow marked() {
        return model.markedProperty().get();
    }

    /** The user clicked the mark of {@code row}: it becomes the row marked everywhere. */
    final void clicked(ComparisonRow row) {
        model.markedProperty().set(row);
    }

    /** Draws the rows again, now or when this chart next comes to the front: one of its options changed. */
    final void redraw() {
        drawn = null;
        drawIfStale();
    }

    private void drawIfStale() {
        ChartInput input = model.inputProperty().get();
        if (model.frontProperty().get() == kind && input != drawn) {
            drawn = input;
            draw(input);
        }
    }
}
