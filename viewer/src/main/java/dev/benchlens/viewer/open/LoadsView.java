package dev.benchlens.viewer.open;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The files being read, each with its progress and a Cancel button; empty when nothing is being read. */
public final class LoadsView extends HBox {

    private static final int MAX_SHOWN = 3;

    private final OpenModel model;

    public LoadsView(OpenModel model) {
        super(8);
        this.model = model;
        setId("loads");
        setAlignment(Pos.CENTER_LEFT);
        model.loads().addListener((ListChangeListener<FileLoad>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        model.loads().stream().limit(MAX_SHOWN).forEach(load -> getChildren().add(row(load)));
        if (model.loads().size() > MAX_SHOWN) {
            Button all = new Button("Cancel all " + model.loads().size());
            all.setId("cancelAllLoads");
            all.setOnAction(e -> model.cancelAll());
            getChildren().add(all);
        }
    }

    private static HBox row(FileLoad load) {
        Label name = new Label(load.name());
        name.setMaxWidth(180);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(80);
        bar.progressProperty().bind(load.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("cancel-load");
        cancel.setOnAction(e -> load.cancel());
        HBox row = new HBox(4, name, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
