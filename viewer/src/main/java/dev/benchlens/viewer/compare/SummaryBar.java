package dev.benchlens.viewer.compare;

import dev.benchlens.compare.BandVerdict;
import dev.benchlens.compare.ChangeCounts;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.GeomeanSummary;
import dev.benchlens.compare.ModeGain;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.report.NumberText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Above the table: the baseline and why it is the baseline; then per candidate the seed's view (each kernel's
 * speedup over its reference here and in the baseline, the improvement against its expected band), its
 * geometric-mean ratio with the interval, and its rows counted by verdict, untested ones apart.
 */
public final class SummaryBar extends VBox {

    private final CompareModel model;

    public SummaryBar(CompareModel model) {
        setId("summary");
        getStyleClass().add("summary");
        this.model = model;
        for (Observable shown : List.of(
                model.comparisonProperty(),
                model.errorProperty(),
                model.computingProperty(),
                model.showingFirstRowsProperty(),
                model.readingTheRestProperty(),
                model.baselineReasonProperty())) {
            shown.addListener(
                    changed -> show(model.comparison(), model.errorProperty().get()));
        }
        show(model.comparison(), "");
    }

    private void show(Comparison comparison, String error) {
        getChildren().clear();
        if (!error.isEmpty()) {
            getChildren().add(new Label(error));
        } else if (comparison == null && model.readingTheRestProperty().get()) {
            getChildren()
                    .add(new Label("Reading. The table shows the first rows, compared from the start of each file;"
                            + " the counts, charts and filters follow when every row is read and compared."));
        } else if (comparison == null && model.showingFirstRowsProperty().get()) {
            getChildren()
                    .add(new Label("Comparing. The table shows the first rows already compared; the counts,"
                            + " charts and filters follow when every row is."));
        } else if (comparison == null && model.computingProperty().get()) {
            getChildren().add(new Label("Comparing…"));
        } else if (comparison == null) {
            getChildren().add(new Label("Choose a baseline and at least one candidate to see a summary."));
        } else {
            Label baseline = new Label("Baseline: " + UntrustedText.shown(comparison.baseline()) + " — "
                    + UntrustedText.shown(model.baselineReasonProperty().get())
                    + ". Times in run names are UTC.");
            baseline.setId("baselineLine");
            getChildren().add(baseline);
            for (int i = 0; i < comparison.candidates().size(); i++) {
                getChildren().add(line(comparison, model.countsOf(i), i));
            }
        }
    }

    /**
     * One line a candidate, so that four runs still leave the table and charts room: its name, the seed's view of
     * each kernel (improvement over the baseline against its band), then the geometric mean and the counts.
     */
    private static FlowPane line(Comparison comparison, ChangeCounts counts, int candidate) {
        List<GeomeanSummary> geomeans = comparison.geomeansOf(candidate);
        GeomeanSummary overall = geomeans.stream()
                .filter(g -> g.implementation() == null)
                .findFirst()
                .orElse(null);
        Label runs = new Label(UntrustedText.shown(comparison.candidates().get(candidate)) + ":");
        runs.getStyleClass().add("headline");
        FlowPane line = new FlowPane(10, 0, runs);
        Optional<String> none = comparison.noCaseInCommon(candidate);
        if (none.isPresent()) {
            Label why = new Label(none.get());
            why.setId("summaryHeadline" + candidate);
            line.getChildren().add(why);
            return line;
        }
        for (ModeGain gain : comparison.modeGainsOf(candidate)) {
            line.getChildren().add(gainLabel(gain, candidate));
        }
        Label headline = new Label(
                overall == null
                        ? "no matched rows"
                        : "geomean " + NumberText.times(overall.geomean()) + " " + NumberText.interval(overall.ci95())
                                + " over " + overall.count() + " rows");
        headline.setId("summaryHeadline" + candidate);
        headline.setTooltip(new Tooltip(geomeans.stream()
                .filter(g -> g.implementation() != null)
                .map(g ->
                        g.implementation() + " " + NumberText.times(g.geomean()) + " " + NumberText.interval(g.ci95()))
                .collect(Collectors.joining("\n", "Geometric mean of the ratios per implementation:\n", ""))));
        Label improved = count(counts.improved() + " better", "improved");
        Label regressed = count(counts.regressed() + " worse", "regressed");
        Label unchanged = count(counts.unchanged() + " unchanged", "unchanged");
        Label untested = count(counts.untested() + " untested", "untested");
        untested.setId("untestedCount" + candidate);
        untested.setTooltip(new Tooltip("Rows no test could decide, usually because the files record no sample"
                + " count: choose 'n if unrecorded' above to assume one."));
        untested.setVisible(counts.untested() > 0);
        untested.setManaged(counts.untested() > 0);
        line.getChildren().addAll(headline, improved, regressed, unchanged, untested);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    /** E.g. "raptors (auto): 30.0x [28.3, 31.7] over the baseline, expected 15..60x: inside". */
    private static Label gainLabel(ModeGain g, int candidate) {
        String mode = g.modesDiffer()
                ? g.candidateMode().label() + ", baseline " + g.baselineMode().label()
                : g.candidateMode().label();
        String expected = g.band() == null
                ? ""
                : ", expected " + g.band() + "x: " + g.verdict().label();
        Label label = new Label(UntrustedText.shown(g.implementation()) + " (" + mode + ") "
                + NumberText.times(g.improvement().geomean()) + " "
                + NumberText.interval(g.improvement().ci95()) + expected);
        label.setTooltip(new Tooltip(g.implementation() + "'s speedup over " + g.reference() + ": "
                + NumberText.times(g.baselineSpeedup()) + " in the baseline, " + NumberText.times(g.candidateSpeedup())
                + " in this run; the improvement is the geometric mean of the cases' ratios."));
        label.setId("gain" + candidate + "-" + g.implementation());
        label.getStyleClass()
                .add(
                        g.verdict() == BandVerdict.INSIDE
                                ? "improved"
                                : g.verdict() == BandVerdict.NO_BAND ? "unchanged" : "regressed");
        return label;
    }

    private static Label count(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }
}
