package dev.benchlens.viewer.compare;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.charts.ChartInput;
import dev.benchlens.viewer.charts.ComparisonChart;
import dev.benchlens.viewer.charts.MatrixChart;
import dev.benchlens.viewer.charts.RatioChart;
import dev.benchlens.viewer.charts.SpeedupBarsChart;
import dev.benchlens.viewer.export.ExportModel;
import dev.benchlens.viewer.export.ExportTarget;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.application.Platform;
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
    private final List<ComparisonChart> charts;
    private final TabPane chartTabs = new TabPane();
    private boolean redrawQueued;
    private ChartInput chartInput = ChartInput.empty();
    /**
     * Only the chart in front is drawn; the others when their tab is chosen. Drawing 200,000 rows takes a core for
     * a while, which the table, shown at the same moment, needs more.
     */
    private final Set<ComparisonChart> drawnWithInput = new HashSet<>();

    private boolean chartChosenByUser;
    private boolean choosingChart;

    public ComparePane(CompareModel model, ExportModel exports, BackgroundExecutor executor) {
        this.model = model;
        this.charts = List.of(new MatrixChart(executor), new SpeedupBarsChart(executor), new RatioChart(executor));
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
            chart.setOnRowClicked(row -> model.selectedRowProperty().set(row));
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

        table.getItems().addListener((ListChangeListener<ComparisonRow>) c -> queueRedraw());
        model.rowsSettlingProperty().addListener((obs, was, settling) -> queueRedraw());
        model.comparisonProperty().addListener((obs, old, now) -> queueRedraw());
        model.computingProperty().addListener((obs, was, now) -> {
            if (model.comparison() == null) {
                queueRedraw(); // the placeholder says whether a comparison is running
            }
        });
        model.selectedRowProperty().addListener((obs, old, now) -> charts.forEach(ch -> ch.highlight(now)));
        chartTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            chartChosenByUser |= !choosingChart;
            drawIfStale((ComparisonChart) now.getUserData());
        });
        model.comparisonProperty().addListener((obs, old, now) -> chooseDefaultChart(now));
        showChart(charts.get(1));
        chartChosenByUser = false;
    }

    /**
     * Until the user picks a chart: the matrix of every case when more than two runs are compared (one baseline and
     * several candidates); with two, the speedup bars when the runs state speedups, else the ratio of their times.
     */
    private void chooseDefaultChart(Comparison comparison) {
        if (chartChosenByUser || comparison == null) {
            return;
        }
        choosingChart = true;
        try {
            if (comparison.candidates().size() > 1) {
                showChart(charts.get(0));
            } else {
                showChart(charts.get(model.statesSpeedups() ? 1 : 2));
            }
        } finally {
            choosingChart = false;
        }
    }

    private void drawIfStale(ComparisonChart chart) {
        if (drawnWithInput.add(chart)) {
            chart.show(chartInput);
        }
    }

    public CompareTableView table() {
        return table;
    }

    public FilterBar filters() {
        return filters;
    }

    /** The chart on the tab in front. */
    public ComparisonChart currentChart() {
        return (ComparisonChart) chartTabs.getSelectionModel().getSelectedItem().getUserData();
    }

    public List<ComparisonChart> charts() {
        return charts;
    }

    /** Shows the chart's tab. */
    public void showChart(ComparisonChart chart) {
        chartTabs.getTabs().stream()
                .filter(t -> t.getUserData() == chart)
                .findFirst()
                .ifPresent(t -> chartTabs.getSelectionModel().select(t));
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

    /**
     * The rows the table shows, in the comparison's own order: sorting the table by a column must not reorder the
     * charts. The model's rows are in that order; the table's column filters can only leave some out.
     */
    private List<ComparisonRow> inComparisonOrder(List<ComparisonRow> shown) {
        List<ComparisonRow> ordered = model.visibleRows();
        if (shown.size() == ordered.size()) {
            return List.copyOf(ordered);
        }
        Set<ComparisonRow> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(shown);
        return ordered.stream().filter(kept::contains).toList();
    }

    /**
     * Redraws the charts once per pulse however many list changes arrive together; while the rows of a large
     * comparison are still arriving in slices, not at all: they are drawn once, when the last has arrived.
     */
    private void queueRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                if (model.rowsSettlingProperty().get()) {
                    return;
                }
                if (model.comparison() != null) {
                    chartInput = new ChartInput(model.comparison(), inComparisonOrder(table.getItems()));
                } else {
                    chartInput = model.computingProperty().get()
                                    || model.showingFirstRowsProperty().get()
                            ? ChartInput.whileComparing()
                            : ChartInput.empty();
                }
                drawnWithInput.clear();
                drawIfStale(currentChart());
                charts.forEach(
                        chart -> chart.highlight(model.selectedRowProperty().get()));
            });
        }
    }
}
