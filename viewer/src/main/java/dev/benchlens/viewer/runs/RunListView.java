package dev.benchlens.viewer.runs;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Run;
import dev.benchlens.viewer.layout.ColumnWidths;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/** The run list: each run's name and key environment, with the baseline and candidates chosen in place. */
public final class RunListView extends TableView<RunEntry> {

    /** {@code loading} is true while files are being read, which the empty list then says. */
    public RunListView(RunsModel model, ObservableBooleanValue loading) {
        super(model.runs());
        setId("runTable");
        setEditable(true);
        // Columns as wide as their words, the table scrolling sideways: a cut name or path looks like every other.
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(Bindings.when(loading)
                        .then("Reading: each run joins the list once its file is read.")
                        .otherwise("No runs yet: File ▸ Open, or drop files here."));
        setPlaceholder(placeholder);

        TableColumn<RunEntry, RunEntry> baseline = new TableColumn<>("Baseline");
        baseline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        baseline.setCellFactory(c -> new BaselineCell(model));
        baseline.setSortable(false);
        baseline.setPrefWidth(70);
        baseline.setMaxWidth(80);

        TableColumn<RunEntry, Boolean> compare = new TableColumn<>("Compare");
        compare.setCellValueFactory(c -> c.getValue().candidateProperty());
        compare.setCellFactory(CheckBoxTableCell.forTableColumn(compare));
        compare.setPrefWidth(70);
        compare.setMaxWidth(80);

        // Renaming is a double-click, or Rename in the row's menu.
        TableColumn<RunEntry, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        // A name from a file shows on one line; renaming it keeps what the field showed.
        name.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter() {
            @Override
            public String toString(String value) {
                return UntrustedText.shown(value);
            }
        }));
        name.setPrefWidth(240);

        TableColumn<RunEntry, String> file = text("File", 200, RunDescriptions::file);
        getColumns()
                .addAll(java.util.List.of(
                        baseline,
                        compare,
                        name,
                        text("Environment", 85, RunDescriptions::environment),
                        text("Started (UTC)", 125, RunDescriptions::started),
                        text("Commit", 65, RunDescriptions::commit),
                        text("Arch", 60, RunDescriptions::arch),
                        text("CPU", 200, RunDescriptions::cpu),
                        text("Cores", 50, RunDescriptions::cores),
                        text("JVM", 150, RunDescriptions::jvm),
                        text("Vector", 60, RunDescriptions::vectorBits),
                        text("BLAS", 100, RunDescriptions::blas),
                        file));
        ColumnWidths.keepHeadersWhole(this);
        // The whole name, whose end (time, file) is what tells two runs apart; the file, whose end is its name.
        model.runs().addListener((ListChangeListener<RunEntry>) c -> {
            ColumnWidths.fitContent(
                    name,
                    model.runs().stream()
                            .map(e -> UntrustedText.shown(e.name()))
                            .toList(),
                    520);
            ColumnWidths.fitContent(
                    file,
                    model.runs().stream()
                            .map(e -> RunDescriptions.file(e.run()))
                            .toList(),
                    520);
        });

        setRowFactory(t -> {
            TableRow<RunEntry> row = new TableRow<>();
            MenuItem useAsBaseline = new MenuItem("Use as baseline");
            useAsBaseline.setOnAction(e -> model.chooseBaseline(row.getItem()));
            MenuItem rename = new MenuItem("Rename");
            rename.setOnAction(e -> edit(row.getIndex(), name));
            MenuItem remove = new MenuItem("Remove from list");
            remove.setOnAction(e -> model.remove(row.getItem()));
            row.contextMenuProperty()
                    .bind(row.emptyProperty()
                            .map(empty -> empty ? null : new ContextMenu(useAsBaseline, rename, remove)));
            return row;
        });
    }

    private static TableColumn<RunEntry, String> text(String title, double width, Function<Run, String> value) {
        TableColumn<RunEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(value.apply(c.getValue().run())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A radio button that shows, and sets, which run is the baseline. It follows the baseline itself: refreshing the
     * table instead made every row and cell of it anew, which held the window when runs joined and at each swap.
     */
    private static final class BaselineCell extends TableCell<RunEntry, RunEntry> {
        private final RadioButton button = new RadioButton();
        private final RunsModel model;
        private final InvalidationListener baselineChanged = o -> showBaseline();

        BaselineCell(RunsModel model) {
            this.model = model;
            button.setOnAction(e -> {
                if (getItem() != null) {
                    model.chooseBaseline(getItem());
                }
                showBaseline();
            });
            setStyle("-fx-alignment: center;");
            // Weak: the table drops cells it no longer needs, and the model outlives them.
            model.baselineProperty().addListener(new WeakInvalidationListener(baselineChanged));
        }

        @Override
        protected void updateItem(RunEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                showBaseline();
                button.setId("baseline-" + getIndex());
                setGraphic(button);
            }
        }

        private void showBaseline() {
            button.setSelected(getItem() != null && getItem() == model.baseline());
        }
    }
}
