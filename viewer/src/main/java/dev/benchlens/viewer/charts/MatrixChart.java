package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;
import dev.benchlens.viewer.background.BackgroundExecutor;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Every case of every run at once: one line per operation × dtype, one column per shape × candidate, each cell the
 * candidate's ratio against the baseline on a diverging log colour scale (green better, red worse), marked when
 * untested; hover shows the cell's numbers, a click selects its row in the table. Drawn on one canvas, so that
 * hundreds of cells cost no scene-graph nodes, and fitted to the space there is.
 */
public final class MatrixChart implements ComparisonChart {

    private static final Color BETTER = Color.web("#1b7f3b");
    private static final Color WORSE = Color.web("#b3261e");
    /** The colours a look paints with: the page, text, rules, empty cells, and the scale's neutral middle. */
    private record Palette(Color page, Color text, Color rule, Color missing, Color neutral, Color corner) {
        static final Palette LIGHT = new Palette(
                Color.WHITE, Color.BLACK, Color.GRAY, Color.web("#e4e4e4"), Color.WHITE, Color.web("#555555"));
        static final Palette DARK = new Palette(
                Color.web("#1f2227"),
                Color.web("#e6e8eb"),
                Color.web("#80868d"),
                Color.web("#32363c"),
                Color.web("#2a2e35"),
                Color.web("#c9ced4"));
    }

    private static final Color SELECTED = Color.web("#f2a900");
    private static final double PAD = 6;
    private static final double HEADER = 34;
    private static final double KEY_LINE = 15;

    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final CheckBox showReference = new CheckBox("Show the reference implementation");
    private final Label hover = new Label(" ");
    private final Label empty = new Label(ChartInput.NOTHING_TEXT);
    private final BorderPane pane = new BorderPane();
    private final Tooltip tooltip = new Tooltip();
    private ChartInput input = ChartInput.empty();
    private final BackgroundExecutor executor;
    private MatrixLayout layout = MatrixLayout.of(ChartInput.empty(), false);
    private long generation;
    private Geometry geometry;
    private ComparisonRow highlighted;
    private Consumer<ComparisonRow> onRowClicked = row -> {};

    public MatrixChart(BackgroundExecutor executor) {
        this.executor = executor;
        pane.setId("matrixChart");
        canvas.setId("matrixCanvas");
        showReference.setId("matrixShowReference");
        showReference.selectedProperty().addListener((obs, old, now) -> show(input));
        hover.setId("matrixHover");
        hover.setMinWidth(0);
        HBox bar = new HBox(12, showReference, hover);
        bar.setPadding(new Insets(4, 6, 2, 6));
        pane.setTop(bar);
        pane.setCenter(canvasPane);
        empty.getStyleClass().add("placeholder");
        canvasPane.setMinSize(0, 0);
        canvasPane.widthProperty().addListener((obs, old, now) -> redraw());
        canvasPane.heightProperty().addListener((obs, old, now) -> redraw());
        // A change of look changes the window's stylesheets: paint again in the new one's colours.
        canvas.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getStylesheets().addListener((ListChangeListener<String>) change -> redraw());
            }
        });
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> describe(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover.setText(" "));
        canvas.setOnMouseClicked(e -> {
            ComparisonRow row = cellAt(e.getX(), e.getY());
            if (row != null) {
                onRowClicked.accept(row);
            }
        });
    }

    @Override
    public String title() {
        return "Every case";
    }

    @Override
    public Node view() {
        return pane;
    }

    /** Lays the rows out in the background (200,000 rows take a while), then draws on the UI thread. */
    @Override
    public void show(ChartInput newInput) {
        input = newInput;
        long mine = ++generation;
        boolean reference = showReference.isSelected();
        executor.submit(
                () -> MatrixLayout.of(newInput, reference),
                built -> {
                    if (mine == generation) {
                        layout = built;
                        empty.setText(newInput.placeholder());
                        pane.setCenter(layout.cells().isEmpty() ? empty : canvasPane);
                        redraw();
                    }
                },
                failure -> System.err.println("benchlens: cannot draw " + title() + ": " + failure));
    }

    @Override
    public void highlight(ComparisonRow row) {
        highlighted = row;
        redraw();
    }

    @Override
    public Optional<ComparisonRow> highlighted() {
        return Optional.ofNullable(highlighted);
    }

    @Override
    public void setOnRowClicked(Consumer<ComparisonRow> handler) {
        onRowClicked = handler;
    }

    @Override
    public BufferedImage render(int width, int height) {
        if (layout.cells().isEmpty()) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        Canvas image = new Canvas(width, height);
        paint(image.getGraphicsContext2D(), geometry(width, height));
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
        if (geometry == null) {
            return null;
        }
        int column = (int) Math.floor((x - geometry.left()) / geometry.cellWidth());
        int line = (int) Math.floor((y - geometry.top()) / geometry.cellHeight());
        if (x < geometry.left()
                || y < geometry.top()
                || column >= layout.columns()
                || line >= layout.lines().size()) {
            return null;
        }
        return layout.cell(line, column);
    }

    private void describe(ComparisonRow row) {
        String text = row == null
                ? " "
                : row.key() + " in " + input.candidateName(row) + ": ratio "
                        + NumberText.times(row.ratio().value()) + " "
                        + NumberText.interval(row.ratio().ci95()) + " ("
                        + row.ratio().basis().label() + "), change " + RowText.change(row) + ", " + RowText.verdict(row)
                        + (row.significance().tested()
                                ? ""
                                : ": " + row.significance().reason()) + "; times "
                        + NumberText.time(row.baseline().seconds()) + " → "
                        + NumberText.time(row.candidate().seconds());
        hover.setText(text);
        tooltip.setText(text);
    }

    private void redraw() {
        double width = canvasPane.getWidth();
        double height = canvasPane.getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (layout.cells().isEmpty() || width < 50 || height < 50) {
            geometry = null;
            return;
        }
        geometry = geometry(width, height);
        paint(g, geometry);
    }

    /** Where everything goes in a canvas of this size: the row names' width, the key's height, the cell size. */
    private Geometry geometry(double width, double height) {
        Font font = Font.font(11);
        double names = 0;
        for (String line : layout.lines()) {
            names = Math.max(names, textWidth(line, font));
        }
        double left = PAD + Math.min(names + 8, width * 0.4);
        int keyLines = (layout.candidates().size() + 1) / 2 + 1;
        double bottom = keyLines * KEY_LINE + PAD;
        double cellWidth = Math.max(4, (width - left - PAD) / Math.max(1, layout.columns()));
        double cellHeight = Math.max(
                4, (height - HEADER - PAD - bottom) / Math.max(1, layout.lines().size()));
        return new Geometry(left, PAD + HEADER, cellWidth, cellHeight, width, height);
    }

    /** The dark look when the window wears it (its stylesheet says so), else the light one. */
    private Palette palette() {
        boolean dark = canvas.getScene() != null
                && canvas.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("explorer-dark.css"));
        return dark ? Palette.DARK : Palette.LIGHT;
    }

    private void paint(GraphicsContext g, Geometry at) {
        Palette palette = palette();
        g.setFill(palette.page());
        g.fillRect(0, 0, at.width(), at.height());
        double bound = colourBound();
        paintHeaders(g, at, palette);
        Font cellFont = Font.font(Math.max(8, Math.min(12, at.cellHeight() * 0.5)));
        boolean roomForText = at.cellWidth() >= 30 && at.cellHeight() >= 12;
        boolean roomForInterval = roomForText && at.cellHeight() >= 30 && at.cellWidth() >= 70;
        for (int line = 0; line < layout.lines().size(); line++) {
            for (int column = 0; column < layout.columns(); column++) {
                paintCell(g, at, line, column, bound, cellFont, roomForText, roomForInterval, palette);
            }
        }
        paintKey(g, at, bound, palette);
    }

    private void paintHeaders(GraphicsContext g, Geometry at, Palette palette) {
        g.setFill(palette.text());
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        for (int line = 0; line < layout.lines().size(); line++) {
            g.fillText(layout.lines().get(line), at.left() - 6, at.y(line) + at.cellHeight() / 2, at.left() - PAD);
        }
        g.setTextAlign(TextAlignment.CENTER);
        int runs = Math.max(1, layout.candidates().size());
        for (int s = 0; s < layout.shapes().size(); s++) {
            double x = at.x(s * runs);
            double span = at.cellWidth() * runs;
            g.setFont(Font.font(null, FontWeight.BOLD, 11));
            g.fillText(layout.shapes().get(s).toString(), x + span / 2, PAD + 8, span);
            g.setStroke(palette.rule());
            g.strokeLine(x + 2, PAD + 17, x + span - 2, PAD + 17);
            g.setFont(Font.font(10));
            for (int r = 0; r < runs && runs > 1; r++) {
                g.fillText(String.valueOf(r + 1), at.x(s * runs + r) + at.cellWidth() / 2, PAD + 26);
            }
        }
    }

    private void paintCell(
            GraphicsContext g,
            Geometry at,
            int line,
            int column,
            double bound,
            Font font,
            boolean roomForText,
            boolean roomForInterval,
            Palette palette) {
        double x = at.x(column);
        double y = at.y(line);
        ComparisonRow row = layout.cell(line, column);
        Color fill = row == null ? palette.missing() : colour(row.ratio().value(), bound, palette);
        g.setFill(fill);
        g.fillRect(x, y, at.cellWidth(), at.cellHeight());
        g.setStroke(palette.page());
        g.setLineWidth(1);
        g.strokeRect(x, y, at.cellWidth(), at.cellHeight());
        if (row == null) {
            return;
        }
        boolean untested = !row.significance().tested();
        if (untested) {
            // A folded corner marks an untested cell even where there is no room for its '?'.
            double corner = Math.min(8, Math.min(at.cellWidth(), at.cellHeight()) / 3);
            g.setFill(palette.corner());
            g.fillPolygon(
                    new double[] {x + at.cellWidth() - corner, x + at.cellWidth(), x + at.cellWidth()},
                    new double[] {y, y, y + corner},
                    3);
        }
        if (roomForText) {
            g.setFill(fill.getBrightness() < 0.6 ? Color.WHITE : Color.BLACK);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String ratio = NumberText.times(row.ratio().value()) + (untested ? "?" : "");
            double middle = y + at.cellHeight() / 2;
            if (roomForInterval && row.ratio().ci95() != null) {
                g.fillText(ratio, x + at.cellWidth() / 2, middle - 7, at.cellWidth() - 4);
                g.setFont(Font.font(9));
                g.fillText(
                        NumberText.interval(row.ratio().ci95()),
                        x + at.cellWidth() / 2,
                        middle + 8,
                        at.cellWidth() - 4);
            } else {
                g.fillText(ratio, x + at.cellWidth() / 2, middle, at.cellWidth() - 4);
            }
        }
        if (row == highlighted) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeRect(x + 1.5, y + 1.5, at.cellWidth() - 3, at.cellHeight() - 3);
        }
    }

    /** The candidates by number, and the colour scale from worse to better. */
    private void paintKey(GraphicsContext g, Geometry at, double bound, Palette palette) {
        double y = at.top() + at.cellHeight() * layout.lines().size() + PAD + KEY_LINE / 2;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(10));
        double half = (at.width() - 2 * PAD) / 2;
        for (int i = 0; i < layout.candidates().size(); i++) {
            g.setFill(palette.text());
            int keyRow = i / 2;
            g.fillText(
                    (i + 1) + "  " + layout.candidates().get(i), PAD + (i % 2) * half, y + keyRow * KEY_LINE, half - 8);
        }
        int keyRows = (layout.candidates().size() + 1) / 2;
        double scaleY = y + keyRows * KEY_LINE;
        double scaleWidth = Math.min(260, at.width() / 3);
        double scaleX = PAD;
        for (int i = 0; i < 60; i++) {
            double t = i / 59.0 * 2 - 1;
            g.setFill(colour(Math.exp(t * Math.log(bound)), bound, palette));
            g.fillRect(scaleX + i * scaleWidth / 60, scaleY - 5, scaleWidth / 60 + 1, 10);
        }
        g.setFill(palette.text());
        g.fillText(
                NumberText.times(1 / bound) + " worse … 1x … " + NumberText.times(bound) + " better than the baseline"
                        + (layout.referenceHidden() ? "; reference hidden" : "") + "; ◥ untested"
                        + (layout.linesLeftOut() > 0
                                ? "; " + layout.linesLeftOut() + " more lines: filter to see them"
                                : ""),
                scaleX + scaleWidth + 8,
                scaleY,
                at.width() - scaleWidth - 3 * PAD);
    }

    /** The largest ratio (or its inverse) the colours span: at least 2x, at most 100x either way. */
    private double colourBound() {
        double bound = 2;
        for (ComparisonRow row : layout.cells().values()) {
            double r = row.ratio().value();
            if (r > 0 && Double.isFinite(r)) {
                bound = Math.max(bound, Math.max(r, 1 / r));
            }
        }
        return Math.min(bound, 100);
    }

    private static Color colour(double ratio, double bound, Palette palette) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            return palette.missing();
        }
        double t = Math.max(-1, Math.min(1, Math.log(ratio) / Math.log(bound)));
        return t >= 0
                ? palette.neutral().interpolate(BETTER, t)
                : palette.neutral().interpolate(WORSE, -t);
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The matrix's place on its canvas. */
    private record Geometry(double left, double top, double cellWidth, double cellHeight, double width, double height) {
        double x(int column) {
            return left + column * cellWidth;
        }

        double y(int line) {
            return top + line * cellHeight;
        }
    }
}
