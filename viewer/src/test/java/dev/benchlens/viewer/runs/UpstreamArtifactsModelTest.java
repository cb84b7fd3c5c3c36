package dev.benchlens.viewer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.ChangeCounts;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.Run;
import dev.benchlens.read.RunLoader;
import dev.benchlens.testing.UpstreamLayout;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.compare.CompareModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's models on a Docker zip and GitHub's artifact zip in the upstream project's own layout. */
class UpstreamArtifactsModelTest {

    @TempDir
    Path dir;

    private List<Run> dockerZip() throws IOException {
        Path zip = UpstreamLayout.dockerZip(
                dir.resolve("docker-results.zip"),
                "20251114-152700",
                "auto",
                1_763_134_020L,
                UpstreamLayout.speedup(0.15));
        return new RunLoader().load(zip).runs();
    }

    private List<Run> githubZip() throws IOException {
        return new RunLoader()
                .load(UpstreamLayout.githubArtifact(dir.resolve("linux-arm64-benchmark-results.zip")))
                .runs();
    }

    private static CompareModel opened(RunsModel runs, List<List<Run>> inOrder) {
        CompareModel model = new CompareModel(runs, new SameThreadExecutor());
        inOrder.forEach(runs::add);
        return model;
    }

    @Test
    void eitherOpeningOrderGivesTheDockerBaselineAndTheSameTable() throws IOException {
        RunsModel dockerFirst = new RunsModel();
        Comparison one = opened(dockerFirst, List.of(dockerZip(), githubZip())).comparison();
        RunsModel githubFirst = new RunsModel();
        Comparison other =
                opened(githubFirst, List.of(githubZip(), dockerZip())).comparison();

        assertThat(one.baseline()).isEqualTo("Docker · raptors auto · 2025-11-14 15:27");
        assertThat(dockerFirst.baselineReasonProperty().get()).startsWith("the Docker run (folder docker_results)");
        assertThat(other.baseline()).isEqualTo(one.baseline());
        assertThat(other.candidates())
                .isEqualTo(one.candidates())
                .hasSize(4)
                .allMatch(name -> name.startsWith("GitHub · raptors "));
        assertThat(other.rows())
                .extracting(r -> r.ratio().value())
                .isEqualTo(one.rows().stream().map(r -> r.ratio().value()).toList());
    }

    @Test
    void theSeedsQuestionIsAnsweredForFloat32MeanAxis0At2048() throws IOException {
        CompareModel model = opened(new RunsModel(), List.of(githubZip(), dockerZip()));
        ComparisonRow row = model.comparison().rows().stream()
                .filter(r -> r.key().toString().equals("2048x2048 float32 mean_axis0 [raptors]"))
                .filter(r -> model.candidateName(r).startsWith("GitHub · raptors auto"))
                .findFirst()
                .orElseThrow();
        // 4.5x natively over 0.15x in Docker: native is 30x better at it.
        assertThat(row.ratio().value()).isCloseTo(30, org.assertj.core.data.Offset.offset(0.01));
        assertThat(row.significance().tested()).isFalse();
    }

    @Test
    void assumingTheUpstreamSampleCountMakesTheRowsTestable() throws IOException {
        CompareModel model = opened(new RunsModel(), List.of(dockerZip(), githubZip()));
        assertThat(ChangeCounts.of(model.comparison().rowsOf(0)).untested()).isEqualTo(72);

        model.assumedSamplesProperty().set(5);

        ChangeCounts counts = ChangeCounts.of(model.comparison().rowsOf(0));
        assertThat(counts.untested()).isZero();
        assertThat(counts.improved()).isEqualTo(36);
        assertThat(model.comparison().rowsOf(0)).allMatch(r -> r.ratio().ci95() != null);
    }

    @Test
    void aRenameIsRememberedForTheFileItCameFrom() throws IOException {
        RunsModel runs = new RunsModel();
        runs.add(dockerZip());
        runs.runs().getFirst().nameProperty().set("Docker on my laptop");
        String origin = runs.runs().getFirst().run().origin();
        assertThat(runs.renamesProperty().get()).containsEntry(origin, "Docker on my laptop");

        RunsModel nextSession = new RunsModel();
        nextSession.rememberRenames(runs.renamesProperty().get());
        nextSession.add(dockerZip());
        assertThat(nextSession.runs().getFirst().name()).isEqualTo("Docker on my laptop");
    }
}
