package dev.benchlens.viewer.app;

import static dev.benchlens.viewer.app.FxWaits.onFx;
import static dev.benchlens.viewer.app.FxWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.format.Shape;
import dev.benchlens.testing.UpstreamLayout;
import dev.benchlens.viewer.runs.RunEntry;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One story in the window and on the command line, on files in the upstream's layout at 1280x720: the same names in
 * every opening order and every launch as {@code compare} gives, the right words when no case matches, and no cut
 * label above and in the tables.
 */
@ExtendWith(ApplicationExtension.class)
class OneStoryUiTest {

    @TempDir
    static Path files;

    private static Path docker;
    private static Path artifact;
    private static Path sameArtifactAgain;

    private Stage stage;
    private ExplorerUnderTest explorer;

    @BeforeAll
    static void writeArtifacts() throws IOException {
        docker = UpstreamFiles.dockerZip(files);
        artifact = UpstreamLayout.githubArtifact(files.resolve("artifact.zip"));
        sameArtifactAgain = Files.copy(artifact, files.resolve("run-12345.zip"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(720);
        explorer = ExplorerUnderTest.show(stage, files);
    }

    /** The names of the runs a fresh explorer lists, in its order, once it has opened {@code paths}. */
    private static List<String> namesInAFreshExplorer(List<Path> paths, int runs) {
        Stage other = onFx(Stage::new);
        ExplorerUnderTest fresh = onFx(() -> ExplorerUnderTest.show(other, files));
        Platform.runLater(() -> fresh.window().open(paths));
        waitFor(() -> fresh.workspace().runs().runs().size() == runs
                && fresh.workspace().compare().comparison() != null);
        List<String> names = onFx(() ->
                fresh.workspace().runs().runs().stream().map(RunEntry::name).toList());
        Platform.runLater(other::hide);
        return names;
    }

    /** The baseline's and the candidates' names as {@code compare --pick-baseline} prints them, in its order. */
    private static List<String> comparesNames(List<Path> paths) {
        List<String> args = new ArrayList<>(List.of("compare", "-q", "--pick-baseline", "-f", "csv"));
        paths.forEach(p -> args.add(p.toString()));
        StringWriter out = new StringWriter();
        int code = BenchlensCli.run(
                args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        Set<String> names = new LinkedHashSet<>();
        out.toString().lines().skip(1).forEach(line -> {
            String[] cells = line.split(",", -1);
            names.add(cells[0]); // baseline_run
            names.add(cells[2]); // candidate_run
        });
        return List.copyOf(names);
    }

    @Test
    void theSameFilesGetTheSameNamesInEitherOrderInTwoFreshExplorersAsCompareGivesThem() {
        List<Path> oneOrder = List.of(docker, artifact, sameArtifactAgain);
        List<Path> otherOrder = List.of(sameArtifactAgain, artifact, docker);

        List<String> first = namesInAFreshExplorer(oneOrder, 9);
        List<String> second = namesInAFreshExplorer(otherOrder, 9);

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
        // compare lists the baseline first, then the candidates oldest first: the run list's order.
        assertThat(comparesNames(otherOrder)).isEqualTo(first).isEqualTo(comparesNames(oneOrder));
        assertThat(first)
                .contains(
                        "GitHub · raptors force · 2025-11-17 16:47 · artifact.zip",
                        "GitHub · raptors force · 2025-11-17 16:47 · run-12345.zip");
    }

    @Test
    void runsWithNoCaseInCommonSaySoInTheTableAndTheSummary() throws IOException {
        Run native1d = SyntheticRuns.nativeArm();
        Run onlyOtherShapes = new Run(
                "",
                native1d.metadata(),
                native1d.cases().stream()
                        .filter(c ->
                                c.shape().equals(Shape.of(1024)) || c.shape().equals(Shape.of(256, 256)))
                        .toList(),
                List.of());
        Path other = files.resolve("other-shapes.json");
        ArtifactJson.write(onlyOtherShapes, other);

        Platform.runLater(() -> explorer.window().open(List.of(docker, other)));
        waitFor(() -> explorer.workspace().compare().comparison() != null);

        String placeholder = onFx(() -> ((Label) stage.getScene().lookup("#tablePlaceholder")).getText());
        assertThat(placeholder)
                .contains(
                        "No case in common with the baseline (72 case(s) only in the baseline, 60 only in the candidate)");
        assertThat(placeholder).doesNotContain("Choose a baseline");
        String summary = onFx(() -> ((Label) stage.getScene().lookup("#summaryHeadline0")).getText());
        assertThat(summary).startsWith("No case in common");
    }

    @Test
    void at1280x720NoLabelOfTheFilterBarOrATableHeaderIsCut() {
        Platform.runLater(() -> explorer.window().open(List.of(docker, artifact)));
        waitFor(() -> explorer.workspace().compare().comparison() != null
                && !explorer.window().comparePane().table().getItems().isEmpty());
        onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });

        List<String> shown = onFx(() -> {
            List<String> texts = new ArrayList<>();
            texts.addAll(texts(stage.getScene().lookup(".filter-bar")));
            texts.addAll(texts(stage.getScene().lookup("#compareTable").lookup(".column-header-background")));
            texts.addAll(texts(stage.getScene().lookup("#runTable").lookup(".column-header-background")));
            return texts;
        });

        assertThat(shown).contains("Shape", "Ratio", "Started (UTC)", "Expected:", "n if unrecorded:");
        assertThat(shown).noneMatch(text -> text.endsWith("…") || text.endsWith("..."));
    }

    /** The text every {@link Text} node under {@code root} shows: what a label shows once cut to its width. */
    private static List<String> texts(Node root) {
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .toList();
    }
}
