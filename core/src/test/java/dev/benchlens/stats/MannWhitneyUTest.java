package dev.benchlens.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannWhitneyUTest {

    @Test
    void theSmallestReachablePValueIsTwoOverTheNumberOfArrangements() {
        assertThat(MannWhitneyU.smallestPValue(3, 3)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MannWhitneyU.smallestPValue(4, 4)).isCloseTo(2.0 / 70, org.assertj.core.data.Offset.offset(1e-12));
        // and it is what the exact test gives for two samples that do not overlap
        assertThat(MannWhitneyU.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}))
                .isCloseTo(MannWhitneyU.smallestPValue(3, 3), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void separatedSamplesOfThreeGiveTheExactTailOfTwentyArrangements() {
        // U = 0: of C(6,3) = 20 equally likely arrangements exactly one has every x below every y,
        // so P(U <= 0) = 1/20 and the two-sided p = 2/20 = 0.1.
        assertThat(MannWhitneyU.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}))
                .isCloseTo(0.1, within(1e-12));
    }

    @Test
    void separatedSamplesOfFiveAreSignificant() {
        // C(10,5) = 252 arrangements, one per tail: p = 2/252 = 0.0079365.
        assertThat(MannWhitneyU.pValue(new double[] {10, 11, 12, 13, 14}, new double[] {5, 6, 7, 8, 9}))
                .isCloseTo(2.0 / 252, within(1e-12));
    }

    @Test
    void interleavedSamplesAreNotSignificant() {
        // x = {1,3,5}, y = {2,4,6}: pairs with x > y are (3,2), (5,2), (5,4), so U = 3.
        // Counts of U = 0..9 for 3 vs 3 are 1,1,2,3,3,3,3,2,1,1; P(U <= 3) = 7/20, P(U >= 3) = 16/20,
        // two-sided p = 2 * 7/20 = 0.7.
        assertThat(MannWhitneyU.pValue(new double[] {1, 3, 5}, new double[] {2, 4, 6}))
                .isCloseTo(0.7, within(1e-12));
    }

    @Test
    void tiesUseTheNormalApproximationWithTieAndContinuityCorrection() {
        // x = {1,2,2,4}, y = {2,5,6,7}. Ranks: 1 -> 1; the three 2s share ranks 2,3,4 -> 3; 4 -> 5.
        // R_x = 1+3+3+5 = 12, U = 12 - 4*5/2 = 2, mean 4*4/2 = 8.
        // Tie term: one group of t = 3 -> t^3 - t = 24; N = 8.
        // var = 16/12 * (9 - 24/(8*7)) = 1.33333 * 8.571429 = 11.428571, sd = 3.380617.
        // z = (|2 - 8| - 0.5) / 3.380617 = 1.626922; p = 2 * (1 - Phi(1.626922)) = 0.103754
        // (scipy.stats.mannwhitneyu(..., method='asymptotic') gives 0.1037537 too).
        assertThat(MannWhitneyU.pValue(new double[] {1, 2, 2, 4}, new double[] {2, 5, 6, 7}))
                .isCloseTo(0.103754, within(1e-6));
    }

    @Test
    void identicalValuesAreNoEvidenceOfChange() {
        assertThat(MannWhitneyU.pValue(new double[] {3, 3, 3}, new double[] {3, 3}))
                .isEqualTo(1.0);
    }

    /** Issue 25: with n1 * (n1 + 1) in int arithmetic, samples this large wrapped and p came out 0.37 or 0.041. */
    @Test
    void aMillionSamplesASideThatDoNotOverlapAreSignificant() {
        int n = 1_000_000;
        double[] fast = new double[n];
        double[] slow = new double[n + 1];
        for (int i = 0; i < n; i++) {
            fast[i] = 25e-6 + 1e-6 * i / n;
            slow[i] = 50e-6 + 1e-6 * i / n;
        }
        slow[n] = 51e-6;

        assertThat(MannWhitneyU.pValue(fast, slow)).isLessThan(1e-12);
        assertThat(MannWhitneyU.pValue(slow, fast)).isLessThan(1e-12);
    }

    @Test
    void aMillionInterleavedSamplesASideAreNoEvidenceOfChange() {
        int n = 1_000_000;
        double[] even = new double[n];
        double[] odd = new double[n];
        for (int i = 0; i < n; i++) {
            even[i] = 2.0 * i;
            odd[i] = 2.0 * i + 1;
        }
        assertThat(MannWhitneyU.pValue(even, odd)).isGreaterThan(0.99);
    }

    @Test
    void aMillionEqualValuesAreRankedInOnePass() {
        double[] same = new double[1_000_000];
        java.util.Arrays.fill(same, 7.0);
        assertThat(MannWhitneyU.pValue(same, same.clone())).isEqualTo(1.0);
    }
}
