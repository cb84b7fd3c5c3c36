package dev.benchlens.report;

import static dev.benchlens.testing.Fixtures.ms;
import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.compare.RunSummarizer;
import dev.benchlens.format.Run;
import dev.benchlens.match.Aliases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 25: every finite double is a number a file may hold, and every format writes it without a fault. */
class ExtremeNumbersTest {

    private static final double[] EXTREMES = {Double.MAX_VALUE, 1e308, Double.MIN_VALUE, 4.9e-324, 1e-300};

    @Test
    void everyFormatWritesTheLargestAndSmallestDoubles() {
        for (double mean : EXTREMES) {
            Run base = run("base", null, square(8, "float32", op("sum", null, ms("simd", 1.0, 0.01, 5))));
            Run cand = run("cand", null, square(8, "float32", op("sum", null, ms("simd", mean, mean / 100, 5))));
            Comparison comparison = RunComparator.compare(base, List.of(cand), CompareOptions.defaults());
            for (ReportFormat format : ReportFormat.values()) {
                ResultFormat formatter = format.formatter();
                assertThat(formatter.comparison(comparison))
                        .as(format + " of %s", mean)
                        .isNotBlank();
                assertThat(formatter.runSummary(RunSummarizer.summarize(cand, Aliases.defaults())))
                        .as(format + " of %s", mean)
                        .isNotBlank();
            }
        }
    }

    @Test
    void hugeAndTinyTimesReadWithAnExponentRatherThanThreeHundredDigits() {
        assertThat(NumberText.time(1e302)).isEqualTo("1.00e+302 s");
        assertThat(NumberText.time(Double.MIN_VALUE)).isEqualTo("4.94e-315 ns");
        assertThat(NumberText.pValue(Double.MIN_VALUE)).isEqualTo("p=4.9e-324");
        assertThat(NumberText.times(1e308)).isEqualTo("1.00e+308x");
    }
}
