package dev.benchlens.viewer.compare;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.Unmatched;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The cases found in only one run: measured by the baseline but not a candidate, or the other way round. */
public final class UnmatchedView extends ListView<String> {

    public UnmatchedView(CompareModel model) {
        setId("unmatched");
        setPlaceholder(new Label("Every case was found in both runs."));
        model.comparisonProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        if (comparison != null) {
            for (Unmatched u : comparison.unmatched()) {
                String baseline = UntrustedText.shown(comparison.baseline());
                String candidate = UntrustedText.shown(comparison.candidates().get(u.candidateIndex()));
                for (CaseKey key : u.onlyInBaseline()) {
                    lines.add("only in " + baseline + " (not in " + candidate + "): "
                            + UntrustedText.shown(key.toString()));
                }
                for (CaseKey key : u.onlyInCandidate()) {
                    lines.add("only in " + candidate + ": " + UntrustedText.shown(key.toString()));
                }
            }
        }
        getItems().setAll(lines);
    }

    /** How many cases are listed, for the tab title. */
    public int count() {
        return getItems().size();
    }
}
