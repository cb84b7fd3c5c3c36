package dev.benchlens.viewer.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.history.Series;
import dev.benchlens.read.RunLoader;
import dev.benchlens.testing.WeeklyRuns;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.runs.RunEntry;
import dev.benchlens.viewer.runs.RunsModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History tab's model on twelve weekly artifacts, one of whose cases slows down in week 8. */
class HistoryModelTest {

    @TempDir
    Path dir;

    private final RunsModel runs = new RunsModel();
    private final HistoryModel model = new HistoryModel(runs, new SameThreadExecutor());

    private void openWeeklyRuns() throws IOException {
        runs.add(new RunLoader().load(WeeklyRuns.folder(dir)).runs());
    }

    @Test
    void theSeriesWithTheLargestLatestChangeComesFirstWithItsChangePoint() throws IOException {
        openWeeklyRuns();
        Series first = model.series().getFirst();
        assertThat(first.key().toString()).isEqualTo("2048x2048 float32 mean_axis0 [raptors]");
        assertThat(first.changes()).hasSize(1);
        assertThat(first.changes().getFirst().index()).isEqualTo(WeeklyRuns.SLOWER_FROM);
        assertThat(model.series()).hasSize(HistoryModel.MAX_SHOWN);
        assertThat(model.statusProperty().get())
                .startsWith("42 run(s), 216 series, 2 with a change point")
                .contains("156 series without a change not drawn");
    }

    @Test
    void theChangePointsComeLargestFirstAndTheSelfTestSaysWhatTheHistoryCanSee() throws IOException {
        openWeeklyRuns();
        assertThat(model.changes()).hasSize(2);
        assertThat(model.changes().getFirst().series().key().toString())
                .isEqualTo("2048x2048 float32 mean_axis0 [raptors]");
        assertThat(HistoryView.line(model.changes().getFirst())).startsWith("+25.1% worse  2048x2048 float32");
        assertThat(model.selfTestProperty().get())
                .startsWith("Self-test: ")
                .contains("GitHub aarch64 · auto · baseline_auto (14 runs, 72 series): a step for the worse of 5%"
                        + " found in");
    }

    @Test
    void clickingAPointOpensThatRunBesideTheRunBefore() throws IOException {
        openWeeklyRuns();
        Series first = model.series().getFirst();
        model.openPoint(first, WeeklyRuns.SLOWER_FROM);
        String before = first.points().get(WeeklyRuns.SLOWER_FROM - 1).origin();
        String clicked = first.points().get(WeeklyRuns.SLOWER_FROM).origin();
        assertThat(runs.baseline().run().origin()).isEqualTo(before);
        assertThat(runs.candidates())
                .extracting(RunEntry::run)
                .extracting(r -> r.origin())
                .containsExactly(clicked);
    }

    @Test
    void closingAllRunsEmptiesTheHistory() throws IOException {
        openWeeklyRuns();
        runs.clear();
        assertThat(model.series()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Open runs");
    }

    @Test
    void whileNobodyLooksOpeningRunsFindsNoChangePointsUntilTheTabIsShown() throws IOException {
        model.wantedProperty().set(false);
        openWeeklyRuns();
        assertThat(model.series()).isEmpty();

        model.wantedProperty().set(true);
        assertThat(model.series()).hasSize(HistoryModel.MAX_SHOWN);
    }
}
