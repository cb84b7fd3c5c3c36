package dev.benchlens.viewer.runs;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.viewer.layout.ColumnWidths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The runs' metadata side by side, one column per run, with the fields on which they differ highlighted. */
public final class EnvironmentView extends TableView<EnvironmentRow> {

    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final RunsModel model;
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted", true);
    private boolean stale;

    public EnvironmentView(RunsModel model) {
        this.model = model;
        setId("environmentTable");
        getStyleClass().add("environment");
        setPlaceholder(new Label("Open runs to compare their environments."));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EnvironmentRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DIFFERS, !empty && item != null && item.differs());
            }
        });
        model.runs().addListener((ListChangeListener<RunEntry>) c -> rebuildWhenWanted());
        wanted.addListener((obs, was, now) -> {
            if (now && stale) {
                rebuild();
            }
        });
        rebuild();
    }

    /**
     * Whether the view is looked at. While not, new runs only mark it stale: a table in a hidden tab is still laid
     * out and styled, and building one column of cells per run held the window in the turn in which two large
     * runs joined the list.
     */
    public BooleanProperty wantedProperty() {
        return wanted;
    }

    private void rebuildWhenWanted() {
        if (wanted.get()) {
            rebuild();
        } else {
            stale = true;
        }
    }

    private void rebuild() {
        stale = false;
        List<RunEntry> runs = List.copyOf(model.runs());
        getColumns().clear();
        TableColumn<EnvironmentRow, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                (c.getValue().differs() ? "≠ " : "") + c.getValue().field()));
        field.setPrefWidth(200);
        getColumns().add(field);
        for (int i = 0; i < runs.size(); i++) {
            int index = i;
            TableColumn<EnvironmentRow, String> column = new TableColumn<>();
            column.textProperty().bind(runs.get(i).nameProperty().map(UntrustedText::shown));
            column.setCellValueFactory(
                    c -> new ReadOnlyStringWrapper(c.getValue().values().get(index)));
            column.setCellFactory(c -> new FullTextCell());
            column.setPrefWidth(260);
            getColumns().add(column);
        }
        List<EnvironmentRow> rows = new ArrayList<>(
                EnvironmentComparison.of(runs.stream().map(RunEntry::run).toList()));
        // What differs answers "why do these runs disagree", so it goes first; the sort keeps the fields' order.
        rows.sort(Comparator.comparing(row -> !row.differs()));
        getItems().setAll(rows);
        // A run's name ends in what tells it from the others (its time, its file): its column shows it whole.
        ColumnWidths.keepHeadersWhole(this);
    }

    /**
     * Shows a value on one line, cut when long (NumPy's build text is many lines), and the whole of it, with its
     * own line breaks, on hover.
     */
    private static final class FullTextCell extends TableCell<EnvironmentRow, String> {
        private static final int SHOWN = 160;

        private Tooltip full;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setText(empty || item == null ? null : item);
                setTooltip(null);
                return;
            }
            String oneLine = item.replaceAll("\\s+", " ").strip();
            setText(oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN - 1) + "…");
            setTooltip(tooltip(item));
        }

        /** One tooltip per cell, made when first needed: a tooltip is a popup control, costly to make and style. */
        private Tooltip tooltip(String text) {
            if (full == null) {
                full = new Tooltip();
                full.setWrapText(true);
                full.setMaxWidth(700);
            }
            full.setText(text);
            return full;
        }
    }
}
