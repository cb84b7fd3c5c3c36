package dev.benchlens.report;

import static dev.benchlens.testing.Fixtures.ms;
import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.GateOptions;
import dev.benchlens.check.RegressionCheck;
import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Run;
import dev.benchlens.read.TimeChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every output format of {@code compare} and {@code check}, diffed whole against the files in
 * {@code src/test/resources/golden/} (benchstat keeps its {@code testdata/*.golden} so). A change to an output is
 * made on purpose: run with {@code -Dgolden.update=true} (or {@code BENCHLENS_UPDATE_GOLDEN=1}) to rewrite the
 * files, and review their diff like code.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /**
     * One comparison with a row of each kind: a regression (simd), an inconclusive row beyond the threshold
     * (auto), an untested one (blas), a row within (scalar), a row dropped for a NaN time and one missing (both
     * missing in the candidate), and a name that Markdown and terminals must not take as markup.
     */
    private static Comparison comparison() {
        Run base = run(
                "base",
                null,
                square(
                        8,
                        "float32",
                        op(
                                "sum",
                                null,
                                raw("simd", 5, 6, 7, 8, 9),
                                raw("auto", 5, 6, 7, 8, 9),
                                ms("blas", 7, 0.1, null),
                                raw("scalar", 99.9, 100, 100.1, 100, 100),
                                raw("gemm", 1, 1.1, 1.2, 1.1, 1),
                                raw("<b>@team|x", 2, 2.1, 2.2, 2.1, 2))),
                square(16, "float64", op("mean", null, raw("simd", 3, 3.1, 3.2, 3.1, 3))));
        Run candidate = TimeChecks.dropImpossibleTimes(run(
                "candidate",
                null,
                square(
                        8,
                        "float32",
                        op(
                                "sum",
                                null,
                                raw("simd", 10, 11, 12, 13, 14),
                                raw("auto", 6, 7, 8, 9, 10),
                                ms("blas", 9, 0.1, null),
                                raw("scalar", 100.4, 100.5, 100.6, 100.5, 100.5),
                                ms("gemm", Double.NaN, 0.1, 5),
                                raw("<b>@team|x", 2, 2.1, 2.2, 2.1, 2)))));
        return RunComparator.compare(base, List.of(candidate), CompareOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void compare(ReportFormat format) throws IOException {
        assertMatchesGolden("compare." + extension(format), format.formatter().comparison(comparison()));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void check(ReportFormat format) throws IOException {
        Comparison comparison = comparison();
        CheckOutcome outcome = new CheckOutcome(RegressionCheck.regressions(comparison, GateOptions.strict(10)), 0);
        assertMatchesGolden("check." + extension(format), format.formatter().check(outcome));
    }

    private static String extension(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT) + ".golden";
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || "1".equals(System.getenv("BENCHLENS_UPDATE_GOLDEN"))) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("%s is missing: run with -Dgolden.update=true to write it", file)
                .exists();
        assertThat(actual)
                .as("%s differs; if the change is meant, rerun with -Dgolden.update=true and review the diff", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
