package dev.benchlens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCountsTest {

    /** A row whose candidate took {@code 1/timeRatio} of the baseline's time. */
    private static ComparisonRow row(double timeRatio, Significance.Verdict verdict) {
        RunValues values = new RunValues(1e-6, 10, 0.01, null, null, false, null);
        return new ComparisonRow(
                new CaseKey(Shape.of(8), "float32", Layout.CONTIGUOUS, "sum", "simd"),
                0,
                values,
                values,
                new Ratio(timeRatio, RatioBasis.TIME, null),
                (1 / timeRatio - 1) * 100,
                new Significance(Significance.Test.MANN_WHITNEY_U, 0.01, verdict, ""),
                BandVerdict.NO_BAND,
                false,
                List.of());
    }

    @Test
    void changedRowsCountByDirectionAndUntestedRowsAreNeverUnchanged() {
        ChangeCounts counts = ChangeCounts.of(List.of(
                row(2.0, Significance.Verdict.CHANGED),
                row(1.5, Significance.Verdict.CHANGED),
                row(0.5, Significance.Verdict.CHANGED),
                row(3.0, Significance.Verdict.UNCHANGED),
                row(0.1, Significance.Verdict.UNTESTED),
                row(0.2, Significance.Verdict.UNTESTED)));

        assertThat(counts).isEqualTo(new ChangeCounts(2, 1, 1, 2));
    }
}
