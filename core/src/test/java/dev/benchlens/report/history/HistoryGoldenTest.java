package dev.benchlens.report.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.Shape;
import dev.benchlens.format.SimdMode;
import dev.benchlens.format.Speedup;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.history.SelfTest;
import dev.benchlens.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format of {@code history} and of its self-test, diffed whole against the expected files in
 * {@code src/test/resources/dev/benchlens/report/history/golden/}, as benchstat keeps its {@code *.golden} files.
 * After a deliberate change of output, rewrite them with {@code -Dgolden.update=true} and read the diff:
 *
 * <pre>./mvnw -pl core test -Dtest=HistoryGoldenTest -Dgolden.update=true</pre>
 *
 * <p>The history: 24 daily runs of two cases of one operation, NumPy against raptors with a speedup; raptors on
 * 1024x1024 gets 20% slower from run 12 (a code change), and from run 18 on the runs are made on another CPU model
 * and JDK, which makes every time 15% longer (an environment change).
 */
class HistoryGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/dev/benchlens/report/history/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void historyMatchesItsGoldenFile(ReportFormat format) throws IOException {
        History history = history();
        assertGolden("history." + extension(format), HistoryFormat.of(format).history(history));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void selfTestMatchesItsGoldenFile(ReportFormat format) throws IOException {
        History history = history();
        assertGolden("self-test." + extension(format), HistoryFormat.of(format).selfTest(SelfTest.of(history, 26)));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (UPDATE) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s (write it with -Dgolden.update=true)", file)
                .exists();
        assertThat(actual)
                .as("%s differs from its golden file; if the change is meant, rerun with -Dgolden.update=true", name)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case CSV -> "csv";
            case JSON -> "json";
        };
    }

    static History history() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            runs.add(run(i));
        }
        return Histories.of(runs, HistoryOptions.defaults());
    }

    private static Run run(int index) {
        SplittableRandom random = new SplittableRandom(index);
        boolean moved = index >= 18;
        List<Case> cases = new ArrayList<>();
        for (long side : new long[] {512, 1024}) {
            double numpy = side * side / 2000.0 * noise(random) * (moved ? 1.15 : 1);
            double raptors = numpy / 4 * noise(random) * (side == 1024 && index >= 12 ? 1.2 : 1);
            List<Measurement> measurements = List.of(
                    new Measurement("numpy", "us", 5, numpy, null, null, numpy * 0.01, List.of()),
                    new Measurement("raptors", "us", 5, raptors, null, null, raptors * 0.01, List.of()));
            Speedup speedup = new Speedup("numpy", "raptors", numpy / raptors);
            cases.add(new Case(
                    Shape.of(side, side),
                    "float32",
                    Layout.CONTIGUOUS,
                    List.of(new Operation("mean_axis0", "mean over axis 0", measurements, speedup))));
        }
        Instant started = Instant.parse("2026-01-01T06:00:00Z").plusSeconds(index * 86_400L);
        RunMetadata metadata = new RunMetadata(
                RunSource.GITHUB_ACTIONS,
                SimdMode.AUTO,
                new RunMetadata.Host("Linux", "aarch64", moved ? "Neoverse-V2" : "Neoverse-N1", 4, null),
                null,
                new RunMetadata.Jvm("Eclipse Adoptium", moved ? "25.0.1" : "21.0.5", List.of()),
                128,
                null,
                Map.of(),
                null,
                null,
                started,
                null,
                null,
                Map.of());
        return new Run(String.format(Locale.ROOT, "ci/run-%02d.json", index), metadata, cases, List.of());
    }

    private static double noise(SplittableRandom random) {
        return Math.exp(0.02 * random.nextGaussian());
    }
}
