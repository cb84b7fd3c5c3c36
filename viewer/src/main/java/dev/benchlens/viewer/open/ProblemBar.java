package dev.benchlens.viewer.open;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bar that names files that could not be read, with a button for the whole list. It takes its own line above
 * the tabs and pushes them down: an overlay (ControlsFX's NotificationPane) covered the tab headers.
 */
public final class ProblemBar extends HBox {

    private final Label text = new Label();
    private final Button details = new Button("Details");
    private Runnable onDetails = () -> {};

    public ProblemBar() {
        setId("problemBar");
        getStyleClass().add("problem-bar");
        text.setId("problemText");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        details.setOnAction(e -> onDetails.run());
        Button close = new Button("✕");
        close.setTooltip(new Tooltip("Hide this bar"));
        close.setOnAction(e -> hide());
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 10));
        getChildren().addAll(text, details, close);
        hide();
    }

    /** Shows the bar saying {@code message}; Details runs {@code onDetails}. */
    public void show(String message, Runnable onDetails) {
        this.onDetails = onDetails;
        text.setText(message);
        text.setTooltip(new Tooltip(message));
        setManaged(true);
        setVisible(true);
    }

    public void hide() {
        setManaged(false);
        setVisible(false);
    }

    public boolean isShowing() {
        return isVisible();
    }

    public String text() {
        return text.getText();
    }
}
