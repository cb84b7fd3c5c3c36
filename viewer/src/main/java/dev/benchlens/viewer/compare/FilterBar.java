package dev.benchlens.viewer.compare;

import java.util.HashSet;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;

/** Filters (shape, dtype, operation, implementation), the search box and the expected bands, above the table. */
public final class FilterBar extends HBox {

    private final CompareModel model;
    private final CheckComboBox<String> shapes;
    private final CheckComboBox<String> dtypes;
    private final CheckComboBox<String> operations;
    private final CheckComboBox<String> implementations;
    private final CustomTextField search = new CustomTextField();
    private final TextField bands = new TextField();
    private final Label bandsError = new Label();
    private final ChoiceBox<String> assumedSamples = new ChoiceBox<>();
    private static final String ASSUME_NOTHING = "not assumed";

    public FilterBar(CompareModel model) {
        this.model = model;
        getStyleClass().add("filter-bar");
        // Short titles: with their counts ("Operation (0/6)") all four fit at 1280 pixels beside the rest.
        shapes = checks("Shape", model.shapes(), "shapeFilter");
        dtypes = checks("dtype", model.dtypes(), "dtypeFilter");
        operations = checks("Operation", model.operations(), "operationFilter");
        implementations = checks("Impl.", model.implementations(), "implementationFilter");

        search.setId("search");
        search.setPromptText("Find (Ctrl+F)");
        search.setPrefColumnCount(14);
        search.setMinWidth(90);
        search.textProperty().addListener((obs, old, now) -> updateFilter());
        Button clearSearch = new Button("×");
        clearSearch.getStyleClass().add("flat");
        clearSearch.setOnAction(e -> search.clear());
        search.setRight(clearSearch);

        bands.setId("bands");
        bands.setText(model.bandsProperty().get().toString());
        bands.setPrefColumnCount(16);
        bands.setMinWidth(110);
        bands.setTooltip(new Tooltip("Expected ratio band per implementation, e.g. simd=25..80,auto=15..60; "
                + "press Enter to apply, empty for none"));
        bands.setOnAction(e -> applyBands());
        bandsError.getStyleClass().add("regressed");

        assumedSamples.setId("assumedSamples");
        assumedSamples.getItems().addAll(ASSUME_NOTHING, "3", "5", "7", "10", "20");
        assumedSamples.setValue(ASSUME_NOTHING);
        assumedSamples.setTooltip(new Tooltip("Samples per mean to assume for files that record none (the upstream"
                + " script's), as --assume-samples does. Its workflow times 7 repeats and keeps 5: choose 5."
                + " Without it their rows are untested."));
        assumedSamples
                .valueProperty()
                .addListener((obs, old, now) -> model.assumedSamplesProperty()
                        .set(now == null || now.equals(ASSUME_NOTHING) ? null : Integer.valueOf(now)));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(
                        shapes,
                        dtypes,
                        operations,
                        implementations,
                        search,
                        spacer,
                        whole("n if unrecorded:"),
                        assumedSamples,
                        whole("Expected:"),
                        bands,
                        bandsError);
    }

    /** Puts the cursor in the search box (Edit ▸ Find). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Finds rows whose case, operation or implementation contain {@code text}, as typing it in Find does. */
    public void find(String text) {
        search.setText(text);
    }

    /** Clears every filter and the search. */
    public void clearFilters() {
        for (CheckComboBox<String> box : List.of(shapes, dtypes, operations, implementations)) {
            box.getCheckModel().clearChecks();
        }
        search.clear();
    }

    /** A label the bar never cuts: the fields beside it give way instead. */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private CheckComboBox<String> checks(String title, ObservableList<String> items, String id) {
        CheckComboBox<String> box = new CheckComboBox<>(items);
        box.setId(id);
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setTooltip(new Tooltip(title + ": tick values to show only those; none ticked shows all"));
        box.setPrefWidth(135);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> updateFilter());
        // New runs bring new values; an old tick must not hide them.
        items.addListener((ListChangeListener<String>) c -> box.getCheckModel().clearChecks());
        return box;
    }

    private void updateFilter() {
        model.filterProperty()
                .set(new RowFilter(
                        new HashSet<>(shapes.getCheckModel().getCheckedItems()),
                        new HashSet<>(dtypes.getCheckModel().getCheckedItems()),
                        new HashSet<>(operations.getCheckModel().getCheckedItems()),
                        new HashSet<>(implementations.getCheckModel().getCheckedItems()),
                        search.getText()));
    }

    private void applyBands() {
        try {
            model.setBands(bands.getText());
            bandsError.setText("");
        } catch (IllegalArgumentException e) {
            bandsError.setText(e.getMessage());
        }
    }
}
