package dev.benchlens.viewer.history;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.history.Change;
import dev.benchlens.history.Series;
import dev.benchlens.report.NumberText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The History tab: a line of status, then one small chart per series, largest latest change first. */
public final class HistoryView extends VBox {

    private final HistoryModel model;
    private final FlowPane charts = new FlowPane(12, 12);

    public HistoryView(HistoryModel model) {
        this.model = model;
        setId("historyView");
        Label status = new Label();
        status.setId("historyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        charts.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setPadding(new Insets(6));
        setSpacing(6);
        getChildren().setAll(status, scroll);
        model.series().addListener((ListChangeListener<Series>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        charts.getChildren().clear();
        for (Series s : model.series()) {
            Label title = new Label(title(s));
            title.setWrapText(true);
            title.setMaxWidth(HistoryChart.WIDTH);
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.getStyleClass().add("history-title");
            VBox cell = new VBox(2, title, new HistoryChart(s, index -> model.openPoint(s, index)));
            cell.getStyleClass().add("history-cell");
            charts.getChildren().add(cell);
        }
    }

    private static String title(Series s) {
        String head = UntrustedText.shown(s.key().toString()) + "\n" + UntrustedText.shown(s.group());
        Change latest = s.latestChange();
        if (latest == null) {
            return head + "\nno change point";
        }
        return head + "\n" + NumberText.percent(latest.changePercent()) + (latest.ratio() < 1 ? " worse" : " better")
                + " from " + UntrustedText.shown(latest.firstRunAfter().name()) + " ("
                + NumberText.interval(latest.interval()) + ")";
    }
}
