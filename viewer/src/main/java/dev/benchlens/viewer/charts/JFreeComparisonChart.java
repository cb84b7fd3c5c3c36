package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

/**
 * The JFreeChart-FX side of {@link ComparisonChart}: one {@link ChartViewer} (a single Canvas, so the number of
 * bars or points costs no scene-graph nodes), clicks mapped back to rows through the chart's entities.
 */
abstract class JFreeComparisonChart implements ComparisonChart {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Color SELECTED = new Color(0xf2a900);
    /** Series colours without red or green, which the tables and the matrix use for worse and better. */
    static final Color[] SERIES = {
        new Color(0x1f6fd1),
        new Color(0xe08a00),
        new Color(0x7b4fc9),
        new Color(0x17a2b8),
        new Color(0x8c564b),
        new Color(0xd63384)
    };

    static final Color BASELINE = new Color(0x9aa0a6);

    private final BackgroundExecutor executor;
    private final ChartViewer viewer = new ChartViewer(null);
    private static final String NO_ROWS = "Nothing to draw: choose runs to compare, or widen the filters.";

    private final Label empty = new Label(NO_ROWS);
    private final StackPane pane = new StackPane(viewer, empty);
    private Consumer<ComparisonRow> onRowClicked = row -> {};
    private ChartInput lastInput = ChartInput.empty();
    private ComparisonRow highlighted;
    private Drawing drawing;
    private long generation;

    /** A chart drawn for one input, with what it needs to map its marks back to rows. */
    interface Drawing {
        JFreeChart chart();

        /** The row an entity (a bar, a point, a cell) stands for, or {@code null}. */
        ComparisonRow rowOf(ChartEntity entity);

        /** Marks the row's bar, point or cell, or clears the mark for {@code null}. */
        void mark(ComparisonRow row);
    }

    JFreeComparisonChart(String id, BackgroundExecutor executor) {
        this.executor = executor;
        pane.setId(id);
        empty.getStyleClass().add("placeholder");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                ComparisonRow row =
                        drawing == null || event.getEntity() == null ? null : drawing.rowOf(event.getEntity());
                if (row != null) {
                    onRowClicked.accept(row);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {}
        });
    }

    /**
     * Called on the UI thread (to read any choices of the chart's own controls); returns the work that builds
     * the drawing in the background, where a hundred thousand rows cost no frozen window. The work must not
     * touch any node; it may return {@code null} when there is nothing to draw.
     */
    abstract Callable<Drawing> prepare(ChartInput input);

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public final void show(ChartInput input) {
        lastInput = input;
        long mine = ++generation;
        if (input.rows().isEmpty()) {
            install(null);
            return;
        }
        executor.submit(
                prepare(input),
                built -> {
                    if (mine == generation) {
                        install(built);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        System.err.println("benchlens: cannot draw " + title() + ": " + failure);
                        install(null);
                    }
                });
    }

    private void install(Drawing built) {
        drawing = built == null || built.chart() == null ? null : built;
        if (drawing != null) {
            JFreeChart chart = drawing.chart();
            chart.getTitle().setFont(TITLE_FONT);
            chart.setBackgroundPaint(Color.WHITE);
            // ChartViewer refuses null, so an empty state hides the viewer instead.
            viewer.setChart(chart);
            drawing.mark(highlighted);
        }
        viewer.setVisible(drawing != null);
        empty.setText(built != null && built.chart() == null ? nothingInTheRows() : NO_ROWS);
        empty.setVisible(drawing == null);
    }

    /** What the placeholder says when there are rows but none holds what this chart draws. */
    String nothingInTheRows() {
        return NO_ROWS;
    }

    @Override
    public final void highlight(ComparisonRow row) {
        highlighted = row;
        if (drawing != null) {
            drawing.mark(row);
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
        if (drawing == null) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        return drawing.chart().createBufferedImage(width, height);
    }

    @Override
    public final Optional<Point2D> screenPointOf(ComparisonRow row) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        EntityCollection entities = info == null ? null : info.getEntityCollection();
        if (drawing == null || entities == null || row == null) {
            return Optional.empty();
        }
        for (Object item : entities.getEntities()) {
            ChartEntity entity = (ChartEntity) item;
            if (row.equals(drawing.rowOf(entity))) {
                Rectangle2D bounds = entity.getArea().getBounds2D();
                return Optional.ofNullable(viewer.getCanvas().localToScreen(bounds.getCenterX(), bounds.getCenterY()));
            }
        }
        return Optional.empty();
    }

    /** Draws the last input again, after a choice of the chart's own changed. */
    final void rebuild() {
        show(lastInput);
    }
}
