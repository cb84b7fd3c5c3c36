package dev.benchlens.viewer.compare;

import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import dev.benchlens.stats.BandVerdict;
import dev.benchlens.stats.ComparisonRow;
import dev.benchlens.stats.Ratio;
import dev.benchlens.stats.RatioBasis;
import dev.benchlens.stats.RunValues;
import dev.benchlens.stats.Significance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCountsTest {

    private static ComparisonRow row(double ratio, Significance.Verdict verdict) {
        RunValues values = new RunValues(1e-6, 10, 0.01, null, null);
        return new ComparisonRow(new CaseKey(Shape.of(8), "float32", "contiguous", "sum", "simd"), 0, values, values,
                new Ratio(ratio, RatioBasis.values()[0], null), (1 / ratio - 1) * 100,
                new Significance(Significance.Test.MANN_WHITNEY_U, 0.01, verdict), BandVerdict.NO_BAND, List.of());
    }

    @Test
    void aSignificantRatioAboveOneIsImprovedBelowOneRegressedAnythingInsignificantUnchanged() {
        ChangeCounts counts = ChangeCounts.of(List.of(
                row(2.0, Significance.Verdict.SIGNIFICANT),
                row(1.5, Significance.Verdict.SIGNIFICANT),
                row(0.5, Significance.Verdict.SIGNIFICANT),
                row(3.0, Significance.Verdict.NOT_SIGNIFICANT),
                row(0.2, Significance.Verdict.NOT_TESTABLE)));

        assertThat(counts).isEqualTo(new ChangeCounts(2, 1, 2));
    }
}
