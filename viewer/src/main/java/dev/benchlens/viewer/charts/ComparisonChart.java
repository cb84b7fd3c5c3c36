package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * One chart of a comparison, whatever library draws it: the rest of the viewer talks only to this, so that the
 * chart library can be swapped without touching the views or models.
 */
public interface ComparisonChart {

    /** The title of the chart's tab. */
    String title();

    /** The node to place in the window. */
    Node view();

    /** Draws the rows (those the filters let through). */
    void show(ChartInput input);

    /** Marks the row chosen elsewhere (the table), or clears the mark for {@code null}. */
    void highlight(ComparisonRow row);

    /** The row last marked by {@link #highlight}, if any. */
    Optional<ComparisonRow> highlighted();

    /** Called with the row whose mark (bar, point, cell) the user clicked. */
    void setOnRowClicked(Consumer<ComparisonRow> handler);

    /** The chart drawn into an image of the given size, for export; call on the UI thread. */
    BufferedImage render(int width, int height);

    /** Where on screen the row's mark is drawn, if it is drawn; for keyboard focus and UI tests. */
    Optional<Point2D> screenPointOf(ComparisonRow row);
}
