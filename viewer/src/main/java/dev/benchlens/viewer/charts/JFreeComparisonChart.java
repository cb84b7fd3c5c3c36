package dev.benchlens.viewer.charts;

import dev.benchlens.stats.ComparisonRow;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The JFreeChart-FX side of {@link ComparisonChart}: one {@link ChartViewer} (a single Canvas, so the number of
 * bars or points costs no scene-graph nodes), clicks mapped back to rows through the chart's entities.
 */
abstract class JFreeComparisonChart implements ComparisonChart {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Color IMPROVED = new Color(0x1b7f3b);
    static final Color REGRESSED = new Color(0xb3261e);
    static final Color SELECTED = new Color(0xf2a900);

    private final ChartViewer viewer = new ChartViewer(null);
    private final Label empty = new Label("Nothing to draw: choose runs to compare, or widen the filters.");
    private final StackPane pane = new StackPane(viewer, empty);
    private Consumer<ComparisonRow> onRowClicked = row -> { };
    private ChartInput lastInput = ChartInput.empty();
    private ComparisonRow highlighted;
    private JFreeChart current;

    JFreeComparisonChart(String id) {
        pane.setId(id);
        empty.getStyleClass().add("placeholder");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                ComparisonRow row = event.getEntity() == null ? null : rowOf(event.getEntity());
                if (row != null) {
                    onRowClicked.accept(row);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
    }

    /** The row an entity (a bar, a point, a cell) stands for, or {@code null}. */
    abstract ComparisonRow rowOf(ChartEntity entity);

    /** Marks the row's bar, point or cell in the current chart, or clears the mark for {@code null}. */
    abstract void mark(ComparisonRow row);

    /** Builds the chart for the input, or returns {@code null} when there is nothing to draw. */
    abstract JFreeChart build(ChartInput input);

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public final void show(ChartInput input) {
        lastInput = input;
        JFreeChart chart = input.rows().isEmpty() ? null : build(input);
        if (chart != null) {
            chart.getTitle().setFont(TITLE_FONT);
            chart.setBackgroundPaint(Color.WHITE);
        }
        current = chart;
        if (chart != null) {
            // ChartViewer refuses null, so an empty state hides the viewer instead.
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
        empty.setVisible(chart == null);
    }

    @Override
    public final void highlight(ComparisonRow row) {
        highlighted = row;
        if (current != null) {
            mark(row);
        }
    }

    @Override
    public final Optional<ComparisonRow> highlighted() {
        return Optional.ofNullable(highlighted);
    }

    @Override
    public final void setOnRowClicked(Consumer<ComparisonRow> handler) {
        this.onRowClicked = handler;
    }

    @Override
    public final BufferedImage render(int width, int height) {
        JFreeChart chart = current;
        if (chart == null) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        return chart.createBufferedImage(width, height);
    }

    @Override
    public final Optional<Point2D> screenPointOf(ComparisonRow row) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        EntityCollection entities = info == null ? null : info.getEntityCollection();
        if (current == null || entities == null || row == null) {
            return Optional.empty();
        }
        for (Object item : entities.getEntities()) {
            ChartEntity entity = (ChartEntity) item;
            if (row.equals(rowOf(entity))) {
                Rectangle2D bounds = entity.getArea().getBounds2D();
                return Optional.ofNullable(viewer.getCanvas().localToScreen(bounds.getCenterX(), bounds.getCenterY()));
            }
        }
        return Optional.empty();
    }

    /** Redraws after a change to the chart's plot that JFreeChart does not notice by itself. */
    final void redraw() {
        if (current != null) {
            current.fireChartChanged();
        }
    }

    /** Draws the last input again, after a setting of the chart itself changed. */
    final void rebuild() {
        show(lastInput);
    }

    final JFreeChart chart() {
        return current;
    }
}
