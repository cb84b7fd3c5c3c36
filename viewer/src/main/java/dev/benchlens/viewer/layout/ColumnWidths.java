package dev.benchlens.viewer.layout;

import java.util.Collection;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Widths that keep a table's words whole: no header is cut (its column is at least as wide as its title), and a
 * column of names is as wide as its longest name, up to a limit; the table scrolls sideways instead.
 */
public final class ColumnWidths {

    /** The explorer's font size (explorer.css), which Modena's default does not know of. */
    private static final Font FONT = Font.font(Font.getDefault().getFamily(), 12);
    /** Modena draws column titles in bold. */
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);

    /** A header's padding and sort arrow, a cell's padding. */
    private static final double HEADER_SPACE = 26;

    private static final double CELL_SPACE = 18;

    private ColumnWidths() {}

    /** Every column of {@code table} at least as wide as its title, now and whenever a title changes. */
    public static void keepHeadersWhole(TableView<?> table) {
        table.getColumns().forEach(ColumnWidths::keepHeaderWhole);
    }

    private static void keepHeaderWhole(TableColumn<?, ?> column) {
        fitHeader(column);
        column.textProperty().addListener((obs, old, now) -> fitHeader(column));
        column.getColumns().forEach(ColumnWidths::keepHeaderWhole);
    }

    private static void fitHeader(TableColumn<?, ?> column) {
        double width = Math.ceil(widthOf(column.getText(), HEADER_FONT) + HEADER_SPACE);
        column.setMinWidth(width);
        if (column.getPrefWidth() < width) {
            column.setPrefWidth(width);
        }
    }

    /** Makes {@code column} as wide as the widest of {@code texts} (and its title), at most {@code max}. */
    public static void fitContent(TableColumn<?, ?> column, Collection<String> texts, double max) {
        double widest = widthOf(column.getText(), HEADER_FONT) + HEADER_SPACE;
        for (String text : texts) {
            widest = Math.max(widest, widthOf(text) + CELL_SPACE);
        }
        column.setPrefWidth(Math.ceil(Math.min(max, widest)));
    }

    /** The width of {@code text} on one line in the explorer's font. */
    public static double widthOf(String text) {
        return widthOf(text, FONT);
    }

    private static double widthOf(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
