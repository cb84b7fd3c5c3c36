package dev.benchlens.viewer.compare;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.Significance;
import dev.benchlens.compare.Thresholds;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;
import dev.benchlens.viewer.charts.CaseNames;
import dev.benchlens.viewer.layout.ColumnWidths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.table.TableFilter;

/**
 * The matched rows, one per (case, operation, implementation, candidate): each run's time and speedup, the
 * ratio with its interval, the change, its significance and the band verdict. A virtualised TableView, so a
 * hundred thousand rows cost only the cells on screen.
 */
public final class CompareTableView extends TableView<ComparisonRow> {

    private static final PseudoClass IMPROVED = PseudoClass.getPseudoClass("improved");
    private static final PseudoClass REGRESSED = PseudoClass.getPseudoClass("regressed");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass UNTESTED = PseudoClass.getPseudoClass("untested");

    private boolean following;

    /** What an empty table says: what to choose, why no case was matched, or that the filters hide every row. */
    static String placeholderText(Comparison comparison) {
        if (comparison == null) {
            return "Choose a baseline and at least one candidate in the run list.";
        }
        if (!comparison.rows().isEmpty()) {
            return "No row passes the filters (Edit ▸ Clear Filters shows them all).";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < comparison.candidates().size(); i++) {
            int candidate = i;
            comparison
                    .noCaseInCommon(i)
                    .ifPresent(why -> lines.add(
                            UntrustedText.shown(comparison.candidates().get(candidate)) + ": " + why));
        }
        return String.join("\n", lines);
    }

    public CompareTableView(CompareModel model) {
        setId("compareTable");
        getStyleClass().add("compare-table");
        Label placeholder = new Label(placeholderText(null));
        placeholder.setId("tablePlaceholder");
        placeholder.setWrapText(true);
        model.comparisonProperty().addListener((obs, old, now) -> placeholder.setText(placeholderText(now)));
        setPlaceholder(placeholder);
        setItems(model.visibleRows());

        getColumns()
                .addAll(List.of(
                        // A JMH benchmark without shape, dtype or layout params says it has none.
                        column("Shape", 90, r -> r.key().shape(), s -> orNone(s.toString())),
                        column("dtype", 70, r -> r.key().dtype(), t -> orNone(UntrustedText.shown(t))),
                        column("Layout", 75, r -> r.key().layout(), t -> orNone(UntrustedText.shown(t.label()))),
                        operationColumn(),
                        column("Impl.", 150, RowText::implementation, UntrustedText::shown),
                        candidateColumn(model),
                        // The answer first: ratio, interval and verdict before the times they come from.
                        ratioColumn(),
                        rowColumn(
                                "Ratio 95% CI",
                                110,
                                r -> r.ratio().ci95() == null
                                        ? null
                                        : r.ratio().ci95().low(),
                                r -> NumberText.interval(r.ratio().ci95())),
                        changeColumn(model),
                        column("Test", 75, RowText::verdict, String::valueOf),
                        // check's verdict at the threshold the explorer compares with (CompareOptions' default).
                        column(
                                "Verdict",
                                120,
                                r -> RowText.gateVerdict(r, Thresholds.MAX_REGRESSION_PERCENT),
                                String::valueOf),
                        column("Baseline time", 90, r -> r.baseline().seconds(), NumberText::time),
                        column("Candidate time", 95, r -> r.candidate().seconds(), NumberText::time),
                        column("Base speedup", 85, r -> r.baseline().speedup(), NumberText::times),
                        column("Cand. speedup", 90, r -> r.candidate().speedup(), NumberText::times),
                        column("Band", 60, r -> r.band().label(), String::valueOf)));

        // Per-column value filters (right-click a column header). ControlsFX's TableFilter wraps the items in its
        // own filtered and sorted lists, which also sort by the clicked column; lazy, so that the distinct values of
        // a hundred thousand rows are gathered only when a column's filter is first opened.
        TableFilter.forTableView(this).lazy(true).apply();
        ColumnWidths.keepHeadersWhole(this);

        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                // Untested rows are coloured by their magnitude too, and marked as untested.
                boolean coloured =
                        !empty && row != null && row.significance().verdict() != Significance.Verdict.UNCHANGED;
                pseudoClassStateChanged(IMPROVED, coloured && row.ratio().value() > 1);
                pseudoClassStateChanged(REGRESSED, coloured && row.ratio().value() < 1);
                pseudoClassStateChanged(
                        UNTESTED, coloured && !row.significance().tested());
            }
        });

        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Ctrl+C (Cmd+C on macOS) here rather than as a menu accelerator, so that text fields keep their own copy.
        setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection(model);
                e.consume();
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!following) {
                model.selectedRowProperty().set(now);
            }
        });
        model.selectedRowProperty().addListener((obs, old, now) -> follow(now));
    }

    /** Puts the selected rows on the clipboard as tab-separated text and as an HTML table. */
    public void copySelection(CompareModel model) {
        List<ComparisonRow> rows = List.copyOf(getSelectionModel().getSelectedItems());
        if (!rows.isEmpty()) {
            Clipboard.getSystemClipboard().setContent(RowsClipboard.content(rows, model::candidateName));
        }
    }

    /** Selects and reveals the row chosen elsewhere (a chart) without echoing the choice back. */
    private void follow(ComparisonRow row) {
        if (row == getSelectionModel().getSelectedItem()) {
            return;
        }
        following = true;
        try {
            if (row == null) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(row);
                int index = getItems().indexOf(row);
                if (index >= 0) {
                    scrollTo(Math.max(0, index - 3));
                }
            }
        } finally {
            following = false;
        }
    }

    /** The change on the ratio's basis, which its header names: {@code Change (speedup)}. */
    private static TableColumn<ComparisonRow, ?> changeColumn(CompareModel model) {
        TableColumn<ComparisonRow, ?> column = rowColumn("Change", 85, ComparisonRow::changePercent, RowText::change);
        model.comparisonProperty()
                .subscribe(c -> column.setText(c == null ? "Change" : RowText.changeHeader(c.rows())));
        return column;
    }

    /**
     * The candidate's name, as wide as the longest (the end of a name, its time and file, is what tells two runs
     * apart); shown only when there is more than one candidate to tell apart.
     */
    private static TableColumn<ComparisonRow, String> candidateColumn(CompareModel model) {
        TableColumn<ComparisonRow, String> column =
                column("Candidate", 150, model::candidateName, UntrustedText::shown);
        model.comparisonProperty().subscribe(c -> {
            if (c != null) {
                ColumnWidths.fitContent(
                        column,
                        c.candidates().stream().map(UntrustedText::shown).toList(),
                        420);
            }
        });
        // Set on change only: a bound visibility invalidates at every comparison, and the table answers each
        // invalidation by laying out every row on screen again as if its columns had changed.
        model.comparisonProperty()
                .map(c -> c.candidates().size() > 1)
                .orElse(false)
                .subscribe(column::setVisible);
        return column;
    }

    private TableColumn<ComparisonRow, ?> ratioColumn() {
        TableColumn<ComparisonRow, Double> ratio =
                column("Ratio", 70, r -> r.ratio().value(), NumberText::times);
        ratio.setId("ratioColumn");
        ratio.getStyleClass().add("ratio-cell");
        return ratio;
    }

    /** A column sorted by {@code value} and shown as {@code text} of that value. */
    private static <T extends Comparable<? super T>> TableColumn<ComparisonRow, T> column(
            String title, double width, Function<ComparisonRow, T> value, Function<T, String> text) {
        TableColumn<ComparisonRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "-" : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "—" : text;
    }

    /** The operation as {@link CaseNames#operation} shortens it, whole on hover when shortened. */
    private static TableColumn<ComparisonRow, String> operationColumn() {
        TableColumn<ComparisonRow, String> column =
                column("Operation", 110, r -> r.key().operation(), t -> CaseNames.operation(UntrustedText.shown(t)));
        var cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<ComparisonRow, String> cell = cells.call(c);
            cell.itemProperty()
                    .addListener((obs, old, now) -> cell.setTooltip(
                            now == null || CaseNames.operation(now).equals(now)
                                    ? null
                                    : new Tooltip(UntrustedText.shown(now))));
            return cell;
        });
        return column;
    }

    /** A column sorted by {@code value} but shown as {@code text} of the whole row (e.g. an interval). */
    private static TableColumn<ComparisonRow, SortedText> rowColumn(
            String title, double width, Function<ComparisonRow, Double> value, Function<ComparisonRow, String> text) {
        return column(title, width, r -> new SortedText(value.apply(r), text.apply(r)), SortedText::text);
    }

    /** A cell's text with the number it sorts by. */
    private record SortedText(Double value, String text) implements Comparable<SortedText> {
        @Override
        public int compareTo(SortedText other) {
            return java.util.Comparator.nullsFirst(Double::compare).compare(value, other.value);
        }
    }
}
