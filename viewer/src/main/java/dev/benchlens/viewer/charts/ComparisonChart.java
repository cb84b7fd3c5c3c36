package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * One chart of a comparison, whatever library draws it: a view of the {@link ChartsModel} it is given, which it
 * draws when it is in front. The rest of the viewer talks only to this and to the model, so that the chart library
 * can be swapped without touching the views or models.
 */
public interface ComparisonChart {

    /** Which chart this is. */
    ChartKind kind();

    /** The title of the chart's tab. */
    default String title() {
        return kind().title();
    }

    /** The node to place in the window. */
    Node view();

    /** The row marked in this chart's last drawing, if any. */
    Optional<ComparisonRow> highlighted();

    /** The chart drawn into an image of the given size, for export; call on the UI thread. */
    BufferedImage render(int width, int height);

    /** Where on screen the row's mark is drawn, if it is drawn; for keyboard focus and UI tests. */
    Optional<Point2D> screenPointOf(ComparisonRow row);
}
