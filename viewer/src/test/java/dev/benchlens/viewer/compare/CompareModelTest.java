package dev.benchlens.viewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.Band;
import dev.benchlens.compare.BandVerdict;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.Case;
import dev.benchlens.format.Run;
import dev.benchlens.format.Shape;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The comparison model without a window: core does the comparing, the model follows the user's choices. */
class CompareModelTest {

    private final RunsModel runs = new RunsModel();
    private final CompareModel model = new CompareModel(runs, new SameThreadExecutor());

    @Test
    void oneRunIsNothingToCompare() {
        runs.add(List.of(SyntheticRuns.docker()));

        assertThat(model.comparison()).isNull();
        assertThat(model.visibleRows()).isEmpty();
    }

    @Test
    void comparesTheDockerBaselineWithTheNativeCandidateUnderTheirShownNames() {
        runs.add(List.of(SyntheticRuns.nativeArm(), SyntheticRuns.docker()));

        assertThat(model.comparison().baseline()).isEqualTo("Docker · force");
        assertThat(model.comparison().candidates()).containsExactly("GitHub ubuntu-24.04-arm · force");
        assertThat(model.visibleRows()).hasSize(150);
        assertThat(model.dtypes()).containsExactly("float32", "float64");
        assertThat(model.implementations()).containsExactly("auto", "scalar", "simd");
    }

    @Test
    void theDefaultBandsAreTheUsersExpectationsForNativeAgainstDocker() {
        runs.add(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        assertThat(model.bandsProperty().get().byImplementation())
                .containsEntry("simd", new Band(25, 80))
                .containsEntry("auto", new Band(15, 60));
        // Synthetic SIMD gains: native 21..39x, Docker 0.7..1.3x, so every simd ratio lies in 16..56x, never above 80.
        assertThat(model.visibleRows())
                .filteredOn(r -> r.key().implementation().equals("simd"))
                .extracting(ComparisonRow::band)
                .doesNotContain(BandVerdict.ABOVE, BandVerdict.NO_BAND);
    }

    @Test
    void aLargeComparisonShowsItsFirstRowsBeforeTheWholeOfIt() {
        List<List<ComparisonRow>> shown = new ArrayList<>();
        List<Boolean> first = new ArrayList<>();
        model.visibleRows().addListener((ListChangeListener<ComparisonRow>) c -> {
            if (!model.rowsSettlingProperty().get()) {
                shown.add(List.copyOf(model.visibleRows()));
                first.add(model.showingFirstRowsProperty().get());
            }
        });

        runs.add(List.of(
                SyntheticRuns.large("docker", 12_000, 3, 1), SyntheticRuns.large("github-actions", 12_000, 3, 2)));

        List<ComparisonRow> whole = model.comparison().rows();
        assertThat(whole).hasSize(24_000);
        assertThat(shown.getFirst())
                .hasSize(CompareModel.FIRST_ROWS)
                .isEqualTo(whole.subList(0, CompareModel.FIRST_ROWS));
        assertThat(first.getFirst()).isTrue();
        assertThat(model.candidateName(shown.getFirst().getFirst()))
                .isEqualTo(model.comparison().candidates().getFirst());
        assertThat(model.visibleRows()).isEqualTo(whole);
        assertThat(model.showingFirstRowsProperty().get()).isFalse();
    }

    @Test
    void runsWithNoCaseInCommonShowNoFirstRows() {
        List<Boolean> first = new ArrayList<>();
        model.showingFirstRowsProperty().addListener((obs, was, now) -> first.add(now));

        runs.add(List.of(
                SyntheticRuns.large("docker", 12_000, 3, 1),
                otherShapes(SyntheticRuns.large("github-actions", 12_000, 3, 2))));

        assertThat(model.comparison().rows()).isEmpty();
        assertThat(first).isEmpty();
    }

    private static Run otherShapes(Run run) {
        List<Case> cases = run.cases().stream()
                .map(c -> new Case(
                        Shape.of(c.shape().dims().getFirst() + 100_000), c.dtype(), c.layout(), c.operations()))
                .toList();
        return new Run(run.origin(), run.metadata(), cases, run.warnings());
    }

    @Test
    void aSmallComparisonOrAFilteredOneArrivesWhole() {
        List<Integer> sizes = new ArrayList<>();
        model.visibleRows().addListener((ListChangeListener<ComparisonRow>)
                c -> sizes.add(model.visibleRows().size()));

        runs.add(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        assertThat(sizes).containsExactly(150);
    }

    @Test
    void renamingARunOrChangingTheBandsComparesAgain() {
        runs.add(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        runs.runs().get(1).nameProperty().set("M2 laptop");
        model.setBands("simd=1000..2000");

        assertThat(model.comparison().candidates()).containsExactly("M2 laptop");
        assertThat(model.visibleRows())
                .filteredOn(r -> r.key().implementation().equals("simd"))
                .extracting(ComparisonRow::band)
                .containsOnly(BandVerdict.BELOW);
    }

    @Test
    void theFilterKeepsOnlyChosenValuesAndSearchMatchesTheKey() {
        runs.add(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        model.filterProperty()
                .set(new RowFilter(Set.of("512x512", "1024x1024"), Set.of("float64"), Set.of(), Set.of("simd"), ""));
        assertThat(model.visibleRows()).hasSize(2 * 5);

        model.filterProperty().set(new RowFilter(Set.of(), Set.of(), Set.of(), Set.of(), "MEAN_AXIS0"));
        assertThat(model.visibleRows())
                .hasSize(5 * 2 * 3)
                .allMatch(r -> r.key().operation().equals("mean_axis0"));
    }

    @Test
    void removingTheOnlyCandidateClearsTheComparison() {
        runs.add(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        runs.runs().get(1).candidateProperty().set(false);

        assertThat(model.comparison()).isNull();
        assertThat(model.visibleRows()).isEmpty();
    }
}
