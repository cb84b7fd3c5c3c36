package dev.benchlens.viewer.history;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.history.Change;
import dev.benchlens.history.History;
import dev.benchlens.history.Series;
import dev.benchlens.report.NumberText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The History tab: a line of status and the self-test's line, the change points largest first (choosing one brings
 * its series' chart to the top), then one chart per series, each as wide as the tab, one under the other.
 */
public final class HistoryView extends VBox {

    private final HistoryModel model;
    private final VBox charts = new VBox(16);
    private final ScrollPane scroll;

    public HistoryView(HistoryModel model) {
        this.model = model;
        setId("historyView");
        Label status = new Label();
        status.setId("historyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label selfTest = new Label();
        selfTest.setId("historySelfTest");
        selfTest.setWrapText(true);
        selfTest.textProperty().bind(model.selfTestProperty());
        ListView<History.Located> changes = new ListView<>(model.changes());
        changes.setId("historyChanges");
        changes.setPrefHeight(92);
        changes.setMinHeight(Region.USE_PREF_SIZE); // the entry point: never squeezed away by the charts below
        changes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(History.Located item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : line(item));
            }
        });
        changes.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                bringToFront(now.series());
            }
        });
        charts.setId("historyCharts");
        charts.setPadding(new Insets(8));
        scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(HistoryChart.HEIGHT / 2);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setPadding(new Insets(6));
        setSpacing(6);
        getChildren().setAll(status, selfTest, changes, scroll);
        model.series().addListener((ListChangeListener<Series>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        charts.getChildren().clear();
        for (Series s : model.series()) {
            Label title = new Label(title(s));
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.getStyleClass().add("history-title");
            VBox cell = new VBox(2, title, new HistoryChart(s, index -> model.openPoint(s, index)));
            cell.setUserData(s);
            cell.getStyleClass().add("history-cell");
            charts.getChildren().add(cell);
        }
    }

    /** E.g. {@code +25.1% worse  2048x2048 float32 mean_axis0 [raptors] · GitHub · auto  from <run>  [0.79, 0.81]}. */
    static String line(History.Located located) {
        Change c = located.change();
        Series s = located.series();
        return NumberText.percent(c.changePercent()) + (c.ratio() < 1 ? " worse  " : " better  ")
                + UntrustedText.shown(s.key().toString()) + " · " + UntrustedText.shown(s.group()) + "  from "
                + UntrustedText.shown(c.firstRunAfter().name()) + "  ratio " + NumberText.interval(c.interval())
                + (c.environmental() ? "  " + c.cause() : "");
    }

    private void bringToFront(Series s) {
        for (javafx.scene.Node cell : charts.getChildren()) {
            if (cell.getUserData() == s) {
                charts.getChildren().remove(cell);
                charts.getChildren().addFirst(cell);
                scroll.setVvalue(0);
                return;
            }
        }
    }

    private static String title(Series s) {
        String head = UntrustedText.shown(s.key().toString()) + " · " + UntrustedText.shown(s.group());
        Change latest = s.latestChange();
        if (latest == null) {
            return head + "\nno change point";
        }
        return head + "\n" + NumberText.percent(latest.changePercent()) + (latest.ratio() < 1 ? " worse" : " better")
                + " from " + UntrustedText.shown(latest.firstRunAfter().name()) + " ("
                + NumberText.interval(latest.interval()) + ")" + (latest.environmental() ? "\n" + latest.cause() : "");
    }
}
