package dev.benchlens.viewer.compare;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.charts.ChartKind;
import dev.benchlens.viewer.charts.ChartsModel;
import dev.benchlens.viewer.charts.ComparisonChart;
import dev.benchlens.viewer.charts.MatrixChart;
import dev.benchlens.viewer.charts.RatioChart;
import dev.benchlens.viewer.charts.SpeedupBarsChart;
import dev.benchlens.viewer.export.ExportModel;
import dev.benchlens.viewer.export.ExportTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The comparison area: filters and summary on top, the table beside the charts, and the exports. */
public final class ComparePane extends BorderPane {

    private final CompareModel model;
    private final ExportModel exports;
    private final FilterBar filters;
    private final CompareTableView table;
    private final ChartsModel chartsModel;
    private final List<ComparisonChart> charts;
    private final TabPane chartTabs = new TabPane();

    public ComparePane(CompareModel model, ChartsModel chartsModel, ExportModel exports, BackgroundExecutor executor) {
        this.model = model;
        this.chartsModel = chartsModel;
        this.charts = List.of(
                new MatrixChart(chartsModel, executor),
                new SpeedupBarsChart(chartsModel, executor),
                new RatioChart(chartsModel, executor));
        this.exports = exports;
        this.filters = new FilterBar(model);
        this.table = new CompareTableView(model);
        UnmatchedView unmatched = new UnmatchedView(model);

        Tab matchedTab = new Tab("Matched");
        matchedTab.setContent(table);
        Tab unmatchedTab = new Tab("Only in one run");
        unmatchedTab.setContent(unmatched);
        TabPane tableTabs = new TabPane(matchedTab, unmatchedTab);
        tableTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Runnable matchedTitle = () -> matchedTab.setText(
                model.showingFirstRowsProperty().get()
                        ? "Matched (first " + table.getItems().size()
                                + (model.readingTheRestProperty().get()
                                        ? ", reading the rest)"
                                        : ", comparing the rest)")
                        : "Matched (" + table.getItems().size() + ")");
        table.getItems().addListener((ListChangeListener<ComparisonRow>) c -> matchedTitle.run());
        model.showingFirstRowsProperty().addListener((obs, was, now) -> matchedTitle.run());
        model.readingTheRestProperty().addListener((obs, was, now) -> matchedTitle.run());
        unmatched.getItems().addListener((ListChangeListener<String>)
                c -> unmatchedTab.setText("Only in one run (" + unmatched.count() + ")"));

        for (ComparisonChart chart : charts) {
            Tab tab = new Tab(chart.title(), chart.view());
            tab.setUserData(chart);
            chartTabs.getTabs().add(tab);
        }
        chartTabs.setId("chartTabs");
        chartTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(tableTabs, chartTabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.52);

        // Many candidates scroll within a few lines rather than pushing the table and charts off the window.
        ScrollPane summary = new ScrollPane(new SummaryBar(model));
        summary.setFitToWidth(true);
        summary.setMaxHeight(110);
        summary.getStyleClass().add("summary-scroll");
        setTop(new VBox(filters, summary));
        setCenter(split);

        new ChartFeed(model, table.getItems(), chartsModel, executor);
        // The tab in front follows the model, and a tab the user picks becomes the model's choice.
        chartTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            ComparisonChart chosen = (ComparisonChart) now.getUserData();
            if (chosen.kind() != chartsModel.frontProperty().get()) {
                chartsModel.choose(chosen.kind());
            }
        });
        chartsModel.frontProperty().addListener((obs, old, now) -> selectTab(now));
        selectTab(chartsModel.frontProperty().get());
    }

    private void selectTab(ChartKind kind) {
        chartTabs.getTabs().stream()
                .filter(t -> ((ComparisonChart) t.getUserData()).kind() == kind)
                .findFirst()
                .ifPresent(t -> chartTabs.getSelectionModel().select(t));
    }

    public CompareTableView table() {
        return table;
    }

    public FilterBar filters() {
        return filters;
    }

    /** The chart in front. */
    public ComparisonChart currentChart() {
        return charts.stream()
                .filter(c -> c.kind() == chartsModel.frontProperty().get())
                .findFirst()
                .orElseThrow();
    }

    public List<ComparisonChart> charts() {
        return charts;
    }

    /** Brings the chart to the front, as the user's choice. */
    public void showChart(ComparisonChart chart) {
        chartsModel.choose(chart.kind());
    }

    // Exports: each asks where, then writes in the background.

    public void exportChartPng(ExportTarget target) {
        ComparisonChart chart = currentChart();
        target.choose("Export chart as PNG", fileName(chart.title()) + ".png").ifPresent(file -> {
            try {
                exports.exportPng(chart.render(1600, 1000), file);
            } catch (IllegalStateException e) {
                exportRefused(e.getMessage());
            }
        });
    }

    public void exportCsv(ExportTarget target) {
        exportComparison(target, "Export table as CSV", "comparison.csv", exports::exportCsv);
    }

    public void exportMarkdown(ExportTarget target) {
        exportComparison(target, "Export comparison as Markdown", "comparison.md", exports::exportMarkdown);
    }

    private void exportComparison(ExportTarget target, String what, String name, BiConsumer<Comparison, Path> write) {
        var comparison = model.comparison();
        if (comparison == null) {
            exportRefused("there is no comparison to export yet");
            return;
        }
        target.choose(what, name).ifPresent(file -> write.accept(comparison, file));
    }

    private void exportRefused(String why) {
        var alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION, "Nothing exported: " + why + ".");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    private static String fileName(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
