package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenModelTest {

    @TempDir
    Path dir;

    private final RunsModel runs = new RunsModel();
    private final RecentFiles recent = new RecentFiles(List.of());
    private final OpenModel model = new OpenModel(new RunOpener(), new SameThreadExecutor(), runs, recent);

    @Test
    void opensAZipOfTwoRunsAndRemembersIt() throws IOException {
        Path docker = dir.resolve("docker.json");
        Path arm = dir.resolve("arm.json");
        ArtifactJson.write(SyntheticRuns.docker(), docker);
        ArtifactJson.write(SyntheticRuns.nativeArm(), arm);
        Path zip = dir.resolve("artifact.zip");
        SyntheticRuns.zip(zip, List.of(docker, arm));

        model.open(List.of(zip));

        assertThat(runs.runs()).hasSize(2);
        assertThat(model.problems()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(recent.paths()).containsExactly(zip.toAbsolutePath());
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedByNameAndTheOthersLoad() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("results"));
        ArtifactJson.write(SyntheticRuns.docker(), folder.resolve("a-docker.json"));
        Files.writeString(folder.resolve("b-broken.json"), "{\"format\": \"benchlens-results\", \"cases\": [");
        ArtifactJson.write(SyntheticRuns.nativeArm(), folder.resolve("c-arm.json"));

        model.open(List.of(folder));

        assertThat(runs.runs()).hasSize(2);
        assertThat(model.problems())
                .singleElement()
                .extracting(LoadProblem::location)
                .asString()
                .endsWith("b-broken.json");
        assertThat(model.statusProperty().get()).contains("2 runs read", "1 could not be read");
    }

    @Test
    void aMissingPathIsAProblemNotAFailure() throws IOException {
        Path good = dir.resolve("docker.json");
        ArtifactJson.write(SyntheticRuns.docker(), good);
        Path missing = dir.resolve("sample-results");

        model.open(List.of(missing, good));

        assertThat(runs.runs()).hasSize(1);
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(missing.toString());
            assertThat(p.message()).contains("no such file");
        });
    }

    @Test
    void theDockerRunBecomesTheBaselineWhateverTheOrder() throws IOException {
        Path arm = dir.resolve("1-arm.json");
        Path docker = dir.resolve("2-docker.json");
        ArtifactJson.write(SyntheticRuns.nativeArm(), arm);
        ArtifactJson.write(SyntheticRuns.docker(), docker);

        model.open(List.of(arm, docker));

        assertThat(runs.baseline().run().metadata().source().label()).isEqualTo("docker");
        assertThat(runs.candidates())
                .extracting(e -> e.run().metadata().source().label())
                .containsExactly("github-actions");
    }
}
