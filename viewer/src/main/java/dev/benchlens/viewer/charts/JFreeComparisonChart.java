package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;

/**
 * The JFreeChart side of {@link ComparisonChart}: the chart is built and painted in the background and shown as
 * one picture (so the number of bars or points costs no scene-graph nodes and no UI-thread time), and clicks are
 * mapped back to rows through the chart's entities.
 */
abstract class JFreeComparisonChart extends BoundChart {

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

    private final Latest drawings;
    private final ChartPicture viewer;
    private final Label empty = new Label(ChartInput.NOTHING_TEXT);
    private final StackPane pane;
    private ChartInput lastInput = ChartInput.empty();
    private ComparisonRow highlighted;
    private Drawing drawing;
    private String nothingDrawn = ChartInput.NOTHING_TEXT;

    /** A chart drawn for one input, with what it needs to map its marks back to rows. */
    interface Drawing {
        JFreeChart chart();

        /** The row an entity (a bar, a point, a cell) stands for, or {@code null}. */
        ComparisonRow rowOf(ChartEntity entity);

        /** Marks the row's bar, point or cell, or clears the mark for {@code null}. */
        void mark(ComparisonRow row);
    }

    JFreeComparisonChart(ChartKind kind, String id, ChartsModel model, BackgroundExecutor executor) {
        super(kind, model);
        this.drawings = executor.latest(Lane.DRAWING);
        this.viewer = new ChartPicture(executor);
        this.pane = new StackPane(viewer, empty);
        pane.setId(id);
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        pane.widthProperty().addListener((obs, old, now) -> showDrawingOrWhyNot());
        pane.heightProperty().addListener((obs, old, now) -> showDrawingOrWhyNot());
        model.themeProperty().addListener((obs, old, now) -> redraw());
        viewer.setOnMouseClicked(event -> viewer.entityAt(event.getX(), event.getY())
                .map(entity -> drawing == null ? null : drawing.rowOf(entity))
                .ifPresent(this::clicked));
    }

    /**
     * Called on the UI thread; returns the work that builds the drawing in the drawing lane, where a hundred
     * thousand rows cost no frozen window. The work must not
     * touch any node; it may return {@code null} when there is nothing to draw.
     */
    abstract Callable<Drawing> prepare(ChartInput input, ChartLook look);

    @Override
    public Node view() {
        return pane;
    }

    @Override
    final void draw(ChartInput input) {
        lastInput = input;
        if (input.rows().isEmpty()) {
            drawings.next();
            install(null);
            return;
        }
        ChartLook look = ChartLook.of(model().themeProperty().get());
        Callable<Drawing> work = prepare(input, look);
        drawings.submit(() -> styled(work.call(), look), this::install, failure -> {
            System.err.println("benchlens: cannot draw " + title() + ": " + failure);
            install(null);
        });
    }

    /** Styles the chart while the background work still owns it. */
    private static Drawing styled(Drawing built, ChartLook look) {
        if (built != null && built.chart() != null) {
            built.chart().getTitle().setFont(TITLE_FONT);
            look.apply(built.chart());
            built.chart().setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        return built;
    }

    private void install(Drawing built) {
        highlighted = marked();
        drawing = built == null || built.chart() == null ? null : built;
        if (drawing == null) {
            viewer.show(null, () -> {});
        } else {
            Drawing shown = drawing;
            viewer.show(shown.chart(), () -> shown.mark(highlighted));
        }
        nothingDrawn = built != null && built.chart() == null ? nothingInTheRows() : lastInput.placeholder();
        showDrawingOrWhyNot();
    }

    /** The picture when there is one and room for it; else the placeholder says why there is none. */
    private void showDrawingOrWhyNot() {
        boolean roomy = ChartRoom.fits(pane.getWidth(), pane.getHeight());
        viewer.setVisible(drawing != null && roomy);
        empty.setText(drawing == null ? nothingDrawn : ChartRoom.TOO_SMALL_TEXT);
        empty.setVisible(!viewer.isVisible());
    }

    /** What the placeholder says when there are rows but none holds what this chart draws. */
    String nothingInTheRows() {
        return ChartInput.NOTHING_TEXT;
    }

    @Override
    final void mark(ComparisonRow row) {
        highlighted = row;
        if (drawing != null) {
            Drawing shown = drawing;
            viewer.show(shown.chart(), () -> shown.mark(row));
        }
    }

    @Override
    public final Optional<ComparisonRow> highlighted() {
        return Optional.ofNullable(highlighted);
    }

    @Override
    public final BufferedImage render(int width, int height) {
        return viewer.export(width, height);
    }

    @Override
    public final Optional<Point2D> screenPointOf(ComparisonRow row) {
        Drawing shown = drawing;
        if (shown == null || row == null) {
            return Optional.empty();
        }
        return viewer.screenPointOf(entity -> row.equals(shown.rowOf(entity)));
    }
}
