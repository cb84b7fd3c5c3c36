package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Every case of every run at once: one line per operation × dtype, one column per shape × candidate, each cell the
 * candidate's ratio against the baseline on a diverging log colour scale (green better, red worse), marked when
 * untested; hover shows the cell's numbers, a click marks its row. Drawn on one canvas, so that hundreds of cells
 * cost no scene-graph nodes, and fitted to the space there is. The layout is worked out in the drawing lane
 * ({@link MatrixLayout}), placed on the canvas by {@link MatrixGeometry} and painted by {@link MatrixPainter}.
 */
public final class MatrixChart extends BoundChart {

    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final Label hover = new Label(" ");
    private final Label empty = new Label(ChartInput.NOTHING_TEXT);
    private final Label tooSmall = new Label(ChartRoom.TOO_SMALL_TEXT);
    private final StackPane drawingArea = new StackPane(canvasPane, tooSmall);
    private final BorderPane pane = new BorderPane();
    private final Tooltip tooltip = new Tooltip();
    private final Latest layouts;
    private ChartInput input = ChartInput.empty();
    private MatrixLayout layout = MatrixLayout.of(ChartInput.empty(), false);
    private MatrixGeometry geometry;
    private ComparisonRow highlighted;

    public MatrixChart(ChartsModel model, BackgroundExecutor executor) {
        super(ChartKind.EVERY_CASE, model);
        this.layouts = executor.latest(Lane.DRAWING);
        pane.setId("matrixChart");
        canvas.setId("matrixCanvas");
        CheckBox showReference = new CheckBox("Show the reference implementation");
        showReference.setId("matrixShowReference");
        showReference.selectedProperty().bindBidirectional(model.showReferenceProperty());
        model.showReferenceProperty().addListener((obs, old, now) -> redraw());
        model.themeProperty().addListener((obs, old, now) -> repaint());
        hover.setId("matrixHover");
        hover.setMinWidth(0);
        HBox bar = new HBox(12, showReference, hover);
        bar.setPadding(new Insets(4, 6, 2, 6));
        pane.setTop(bar);
        pane.setCenter(drawingArea);
        empty.getStyleClass().add("placeholder");
        tooSmall.getStyleClass().add("placeholder");
        tooSmall.setWrapText(true);
        tooSmall.setVisible(false);
        drawingArea.setMinSize(0, 0);
        canvasPane.setMinSize(0, 0);
        canvasPane.widthProperty().addListener((obs, old, now) -> repaint());
        canvasPane.heightProperty().addListener((obs, old, now) -> repaint());
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> describe(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover.setText(" "));
        canvas.setOnMouseClicked(e -> {
            ComparisonRow row = cellAt(e.getX(), e.getY());
            if (row != null) {
                clicked(row);
            }
        });
    }

    @Override
    public Node view() {
        return pane;
    }

    /** Lays the rows out in the drawing lane (200,000 rows take a while), then paints on the UI thread. */
    @Override
    void draw(ChartInput newInput) {
        input = newInput;
        boolean reference = model().showReferenceProperty().get();
        layouts.submit(
                () -> MatrixLayout.of(newInput, reference),
                built -> {
                    layout = built;
                    highlighted = marked();
                    empty.setText(newInput.placeholder());
                    pane.setCenter(layout.cells().isEmpty() ? empty : drawingArea);
                    repaint();
                },
                failure -> System.err.println("benchlens: cannot draw " + title() + ": " + failure));
    }

    @Override
    void mark(ComparisonRow row) {
        highlighted = row;
        repaint();
    }

    @Override
    public Optional<ComparisonRow> highlighted() {
        return Optional.ofNullable(highlighted);
    }

    @Override
    public BufferedImage render(int width, int height) {
        if (layout.cells().isEmpty()) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        Canvas image = new Canvas(width, height);
        painter().paint(image.getGraphicsContext2D(), MatrixGeometry.of(layout, width, height));
        return SwingFXUtils.fromFXImage(image.snapshot(null, null), null);
    }

    @Override
    public Optional<Point2D> screenPointOf(ComparisonRow row) {
        int[] at = row == null || geometry == null ? null : layout.positionOf(row);
        if (at == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(canvas.localToScreen(
                geometry.x(at[1]) + geometry.cellWidth() / 2, geometry.y(at[0]) + geometry.cellHeight() / 2));
    }

    /** The row of the cell under a point of the canvas, or {@code null}. */
    ComparisonRow cellAt(double x, double y) {
        return geometry == null ? null : geometry.cellAt(layout, x, y);
    }

    private void describe(ComparisonRow row) {
        String text = CellText.of(row, input);
        hover.setText(text);
        tooltip.setText(text);
    }

    private MatrixPainter painter() {
        return new MatrixPainter(
                layout, MatrixColours.of(model().themeProperty().get()), highlighted);
    }

    private void repaint() {
        double width = canvasPane.getWidth();
        double height = canvasPane.getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        MatrixGeometry fitted = layout.cells().isEmpty() ? null : MatrixGeometry.of(layout, width, height);
        // Names drawn over each other would tell another story: say the room is too small instead.
        geometry = fitted != null && fitted.readable() ? fitted : null;
        tooSmall.setVisible(fitted != null && geometry == null);
        if (geometry != null) {
            painter().paint(g, geometry);
        }
    }
}
