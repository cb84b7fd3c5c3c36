package dev.benchlens.viewer.compare;

import dev.benchlens.report.NumberText;
import dev.benchlens.stats.ChangeCounts;
import dev.benchlens.stats.Comparison;
import dev.benchlens.stats.GeomeanSummary;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per candidate: its geometric-mean ratio against the baseline with the interval, per-implementation
 * geomeans, and how many rows improved, regressed or did not change significantly.
 */
public final class SummaryBar extends VBox {

    public SummaryBar(CompareModel model) {
        setId("summary");
        getStyleClass().add("summary");
        model.comparisonProperty().addListener((obs, old, now) -> show(now, model.errorProperty().get()));
        model.errorProperty().addListener((obs, old, now) -> show(model.comparison(), now));
        show(model.comparison(), "");
    }

    private void show(Comparison comparison, String error) {
        getChildren().clear();
        if (!error.isEmpty()) {
            getChildren().add(new Label(error));
        } else if (comparison == null) {
            getChildren().add(new Label("Choose a baseline and at least one candidate to see a summary."));
        } else {
            for (int i = 0; i < comparison.candidates().size(); i++) {
                getChildren().add(line(comparison, i));
            }
        }
    }

    private static FlowPane line(Comparison comparison, int candidate) {
        List<GeomeanSummary> geomeans = comparison.geomeansOf(candidate);
        GeomeanSummary overall = geomeans.stream().filter(g -> g.implementation() == null).findFirst().orElse(null);
        ChangeCounts counts = ChangeCounts.of(comparison.rowsOf(candidate));
        Label headline = new Label(overall == null ? "no matched rows"
                : "Geomean ratio " + NumberText.times(overall.geomean()) + " " + NumberText.interval(overall.ci95())
                + " over " + overall.count() + " rows");
        Label runs = new Label(comparison.candidates().get(candidate) + " vs " + comparison.baseline() + ":");
        headline.getStyleClass().add("headline");
        headline.setId("summaryHeadline" + candidate);
        String perImplementation = geomeans.stream().filter(g -> g.implementation() != null)
                .map(g -> g.implementation() + " " + NumberText.times(g.geomean()))
                .collect(Collectors.joining(", "));
        Label improved = count(counts.improved() + " improved", "improved");
        Label regressed = count(counts.regressed() + " regressed", "regressed");
        Label unchanged = count(counts.unchanged() + " unchanged (~ or untestable)", "unchanged");
        Label byImplementation = new Label(perImplementation.isEmpty() ? "" : "(" + perImplementation + ")");
        // Wraps rather than cutting off the counts when the window is narrow.
        FlowPane line = new FlowPane(12, 2, runs, headline, byImplementation, improved, regressed, unchanged);
        line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return line;
    }

    private static Label count(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }
}
