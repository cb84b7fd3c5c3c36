package dev.benchlens.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedShiftTest {

    @Test
    void theSignedRankDistributionOfThreePairsCountsTheSubsetsOfTheirRanks() {
        // Sums of subsets of {1, 2, 3}: 0, 1, 2, 3 (twice: {3} and {1,2}), 4, 5, 6, each subset 1/8 likely.
        double[] cumulative = PairedShift.signedRankCumulative(3);
        assertThat(cumulative).hasSize(7);
        assertThat(cumulative[0]).isCloseTo(1 / 8.0, within(1e-12));
        assertThat(cumulative[2]).isCloseTo(3 / 8.0, within(1e-12));
        assertThat(cumulative[3]).isCloseTo(5 / 8.0, within(1e-12));
        assertThat(cumulative[6]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theIntervalLeavesOutAsManyWalshAveragesAsTheTablesCriticalValue() {
        // Published two-sided 5% critical values of the signed-rank statistic: n = 6: 0, n = 10: 8, n = 20: 52.
        assertThat(PairedShift.rankOfLowerBound(6, 0.025)).isZero();
        assertThat(PairedShift.rankOfLowerBound(10, 0.025)).isEqualTo(8);
        assertThat(PairedShift.rankOfLowerBound(20, 0.025)).isEqualTo(52);
        assertThat(PairedShift.rankOfLowerBound(5, 0.025)).isEqualTo(-1);
    }

    @Test
    void fivePairsAreTooFewForAnyNinetyFivePercentInterval() {
        PairedShift shift = PairedShift.of(new double[] {1, 1.1, 0.9, 1.2, 1.05});
        assertThat(shift.estimate()).isGreaterThan(0.9);
        assertThat(shift.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(shift.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(shift.aboveZero()).isFalse();
    }

    @Test
    void sixPairsGiveTheExtremeWalshAveragesAndTheMedianOfAll() {
        PairedShift shift = PairedShift.of(new double[] {6, 1, 4, 2, 5, 3});
        assertThat(shift.estimate()).isCloseTo(3.5, within(1e-12));
        assertThat(shift.lower()).isCloseTo(1, within(1e-12));
        assertThat(shift.upper()).isCloseTo(6, within(1e-12));
        assertThat(shift.aboveZero()).isTrue();
        assertThat(shift.halfWidth()).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void oneWildPairMovesTheEstimateLittle() {
        double[] calm = {0.01, -0.01, 0.02, 0.0, -0.02, 0.01, 0.0, -0.01};
        double[] disturbed = calm.clone();
        disturbed[3] = 3.0;
        assertThat(PairedShift.of(disturbed).estimate()).isLessThan(0.03);
        assertThat(PairedShift.of(calm).aboveZero()).isFalse();
        assertThat(PairedShift.of(calm).belowZero()).isFalse();
    }

    @Test
    void manyPairsUseTheNormalApproximationNearTheExactCount() {
        int exact = PairedShift.rankOfLowerBound(200, 0.025);
        double mean = 200 * 201 / 4.0;
        double sd = Math.sqrt(200 * 201 * 401 / 24.0);
        assertThat((double) exact).isCloseTo(mean - 1.959964 * sd, within(2.0));
        double[] shifted = new double[300];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = 0.05 + (i % 10 - 4.5) * 0.001;
        }
        PairedShift shift = PairedShift.of(shifted);
        assertThat(shift.lower()).isGreaterThan(0.04).isLessThan(0.05);
        assertThat(shift.upper()).isGreaterThan(0.05).isLessThan(0.06);
    }
}
