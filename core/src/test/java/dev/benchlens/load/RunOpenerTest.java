package dev.benchlens.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Run;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.testing.UpstreamLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening files as finished runs: the same names whatever order the files come in. */
class RunOpenerTest {

    @TempDir
    Path dir;

    /** A Docker run and GitHub's artifact twice, under two names, as a user who downloaded it twice has it. */
    private List<Path> sameRunTwice() throws IOException {
        Path docker =
                UpstreamLayout.dockerRun(dir, "20251114-152700", "auto", 1_763_134_020L, UpstreamLayout.speedup(0.15));
        Path artifact = UpstreamLayout.githubArtifact(dir.resolve("artifact.zip"));
        Path again = Files.copy(artifact, dir.resolve("run-12345.zip"));
        return List.of(docker, artifact, again);
    }

    private static Map<String, String> namesByFile(List<Run> runs) {
        Map<String, String> names = new TreeMap<>();
        runs.forEach(r -> names.put(r.origin(), r.name()));
        return names;
    }

    @Test
    void theSameFilesGetTheSameNamesInEveryOrderAndNoTwoShareOne() throws IOException {
        List<Path> paths = sameRunTwice();
        Map<String, String> first =
                namesByFile(new RunOpener().open(paths, LoadProgress.NONE).runs());
        List<Path> reversed = new ArrayList<>(paths);
        Collections.reverse(reversed);
        Map<String, String> second =
                namesByFile(new RunOpener().open(reversed, LoadProgress.NONE).runs());

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSize(9);
        assertThat(first.values()).doesNotHaveDuplicates();
        assertThat(first.values())
                .contains(
                        "GitHub · raptors force · 2025-11-17 16:47 · artifact.zip",
                        "GitHub · raptors force · 2025-11-17 16:47 · run-12345.zip");
    }

    @Test
    void runsReadApartAndNamedTogetherGetTheNamesOfOneOpening() throws IOException {
        List<Path> paths = sameRunTwice();
        RunOpener opener = new RunOpener();
        List<Run> apart = new ArrayList<>();
        for (Path path : paths.reversed()) {
            apart.addAll(opener.read(List.of(path), LoadProgress.NONE).runs());
        }

        assertThat(namesByFile(RunOpener.named(apart)))
                .isEqualTo(namesByFile(opener.open(paths, LoadProgress.NONE).runs()));
    }
}
