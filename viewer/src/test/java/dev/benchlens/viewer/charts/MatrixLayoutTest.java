package dev.benchlens.viewer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Run;
import dev.benchlens.identity.BaselineChoice;
import dev.benchlens.read.RunLoader;
import dev.benchlens.testing.UpstreamLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixLayoutTest {

    @TempDir
    Path dir;

    /** The Docker run against GitHub's four: 36 cases x 2 implementations x 4 candidates. */
    private ChartInput upstream() throws IOException {
        List<Run> runs = new ArrayList<>(new RunLoader()
                .load(UpstreamLayout.dockerZip(
                        dir.resolve("d.zip"), "20251114-152700", "auto", 1_763_134_020L, UpstreamLayout.speedup(0.15)))
                .runs());
        runs.addAll(new RunLoader()
                .load(UpstreamLayout.githubArtifact(dir.resolve("g.zip")))
                .runs());
        BaselineChoice choice = BaselineChoice.among(runs);
        Comparison c = RunComparator.compare(choice.baseline(), choice.candidates(), CompareOptions.defaults());
        return new ChartInput(c, c.rows());
    }

    @Test
    void everyCaseOfEveryRunIsOneCellAndTheReferenceIsHiddenUntilAskedFor() throws IOException {
        ChartInput input = upstream();
        MatrixLayout kernel = MatrixLayout.of(input, false);
        // 6 operations x 2 dtypes; 3 shapes x 4 candidates.
        assertThat(kernel.lines()).hasSize(12).startsWith("sum float32", "mean float32");
        assertThat(kernel.columns()).isEqualTo(12);
        assertThat(kernel.cells()).hasSize(12 * 12);
        assertThat(kernel.referenceHidden()).isTrue();
        for (int line = 0; line < kernel.lines().size(); line++) {
            for (int column = 0; column < kernel.columns(); column++) {
                var row = kernel.cell(line, column);
                assertThat(row.key().shape()).isEqualTo(kernel.shapeOf(column));
                assertThat(row.candidateIndex()).isEqualTo(kernel.candidateOf(column));
                assertThat(kernel.positionOf(row)).containsExactly(line, column);
            }
        }

        MatrixLayout all = MatrixLayout.of(input, true);
        assertThat(all.lines()).hasSize(24).contains("mean_axis0 float32 numpy", "mean_axis0 float32 raptors");
        assertThat(all.cells()).hasSize(input.rows().size());
    }
}
