package dev.benchlens.viewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.Band;
import dev.benchlens.compare.BandVerdict;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Run;
import dev.benchlens.format.Shape;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.RunStarts;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        model.rowsSettlingProperty().addListener((obs, was, settling) -> {
            if (!settling) {
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

    @Test
    void theFilesStartsShowTheWholeComparisonsFirstRowsWhileTheFilesAreRead(@TempDir Path dir) throws IOException {
        Path docker = write(dir, "docker.json", SyntheticRuns.large("docker", 12_000, 3, 1));
        Path github = write(dir, "github.json", SyntheticRuns.large("github-actions", 12_000, 3, 2));
        SimpleObjectProperty<List<Run>> starts = watchedStarts();

        starts.set(List.of(start(github), start(docker)));
        List<ComparisonRow> fromStarts = List.copyOf(model.visibleRows());
        String candidateFromStarts = model.candidateName(fromStarts.getFirst());
        boolean reading = model.readingTheRestProperty().get();
        runs.add(wholeRead(docker)); // the first file read keeps them on screen
        List<ComparisonRow> withOneRunRead = List.copyOf(model.visibleRows());
        runs.add(wholeRead(github));
        starts.set(List.of());

        assertThat(reading).isTrue();
        assertThat(withOneRunRead).isEqualTo(fromStarts);
        assertThat(fromStarts)
                .hasSize(CompareModel.FIRST_ROWS)
                .isEqualTo(model.comparison().rows().subList(0, CompareModel.FIRST_ROWS));
        assertThat(candidateFromStarts)
                .isEqualTo(model.comparison().candidates().getFirst());
        assertThat(model.visibleRows()).hasSize(24_000);
        assertThat(model.readingTheRestProperty().get()).isFalse();
    }

    @Test
    void rowsFromTheStartsGoWhenAFileIsNotRead(@TempDir Path dir) throws IOException {
        Path docker = write(dir, "docker.json", SyntheticRuns.large("docker", 12_000, 3, 1));
        Path github = write(dir, "github.json", SyntheticRuns.large("github-actions", 12_000, 3, 2));
        SimpleObjectProperty<List<Run>> starts = watchedStarts();

        starts.set(List.of(start(docker), start(github)));
        int fromStarts = model.visibleRows().size();
        runs.add(wholeRead(docker));
        starts.set(List.of()); // the other file failed or was cancelled

        assertThat(fromStarts).isEqualTo(CompareModel.FIRST_ROWS);
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.showingFirstRowsProperty().get()).isFalse();
    }

    @Test
    void noRowsFromStartsWhenAPartnerMayLieFurtherOn(@TempDir Path dir) throws IOException {
        Run candidate = SyntheticRuns.large("github-actions", 12_000, 3, 2);
        List<Case> cases = new ArrayList<>(candidate.cases());
        cases.add(cases.remove(1)); // its second case's partners come last
        Path docker = write(dir, "docker.json", SyntheticRuns.large("docker", 12_000, 3, 1));
        Path github = write(dir, "github.json", new Run("", candidate.metadata(), cases, List.of()));
        SimpleObjectProperty<List<Run>> starts = watchedStarts();

        starts.set(List.of(start(docker), start(github)));

        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.showingFirstRowsProperty().get()).isFalse();
    }

    /** The starts of the files being opened, as the model watches them in the explorer. */
    private SimpleObjectProperty<List<Run>> watchedStarts() {
        SimpleObjectProperty<List<Run>> starts = new SimpleObjectProperty<>(List.of());
        model.showFirstRowsWhileReading(starts);
        return starts;
    }

    private static Path write(Path dir, String name, Run run) throws IOException {
        Path file = dir.resolve(name);
        ArtifactJson.write(SyntheticRuns.asOurSuiteWrites(run), file);
        return file;
    }

    private static Run start(Path file) {
        return new RunStarts().read(file, 2_000).orElseThrow();
    }

    private static List<Run> wholeRead(Path file) {
        return new RunLoader().load(file).runs();
    }

    private static Run otherShapes(Run run) {
        List<Case> cases = run.cases().stream()
                .map(c -> new Case(
                        Shape.of(c.shape().dims().getFirst() + 100_000), c.dtype(), c.layout(), c.operations()))
                .toList();
        return new Run(run.origin(), run.metadata(), cases, run.warnings(), null);
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
