package dev.benchlens.bench.table;

import static dev.benchlens.format.RunSource.LOCAL;
import static dev.benchlens.format.SimdMode.AUTO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.bandwidth.BandwidthProbe;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TableCommandTest {

    @Test
    void printsTheTableOfAnArtifactWithItsBandwidthShare(@TempDir Path dir) throws Exception {
        // 1024x1024 float32 is 4 MiB read once: 4.194304 MB in 200 us is 21.0 GB/s, a quarter of the 4 MiB
        // probe's 83.89 GB/s.
        Operation sum = new Operation(
                "sum",
                "",
                List.of(
                        new Measurement("auto", "us", null, 200.0, null, null, null, List.of()),
                        new Measurement("numpy", "us", null, 500.0, null, null, null, List.of())),
                null);
        Map<String, String> extra =
                Map.of("candidate", "auto", BandwidthProbe.key(BandwidthProbe.READ, 4), BandwidthProbe.text(83.89));
        RunMetadata metadata =
                new RunMetadata(LOCAL, AUTO, null, null, null, null, null, null, null, null, null, null, null, extra);
        Path file = dir.resolve("run.json");
        ArtifactJson.write(
                new Run(
                        "",
                        metadata,
                        List.of(new Case(Shape.of(1024, 1024), "float32", Layout.CONTIGUOUS, List.of(sum))),
                        List.of()),
                file);
        StringWriter out = new StringWriter();

        int exit =
                new CommandLine(new TableCommand()).setOut(new PrintWriter(out)).execute(file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("| operation | dtype | shape | layout | auto µs | numpy µs | auto GB/s |")
                .contains("| sum | float32 | 1024x1024 | contiguous | 200 | 500 | 21.0 | 25% | 2.50 | – | – |");
    }

    @Test
    void aMissingArtifactIsBadInput(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new TableCommand())
                .setErr(new PrintWriter(err))
                .execute(dir.resolve("none.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("none.json");
    }
}
