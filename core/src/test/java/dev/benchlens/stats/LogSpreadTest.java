package dev.benchlens.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchlens.format.Interval;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSpreadTest {

    // Baseline 10 ms sd 1 n 5, candidate 8 ms sd 0.8 n 5: cv 0.1 on both sides.
    private static final SampleStats BASE = new SampleStats(0.010, 0.001, 5, false);
    private static final SampleStats CAND = new SampleStats(0.008, 0.0008, 5, false);

    @Test
    void welchOnLogTimesByHand() {
        // v = cv^2/n = 0.01/5 = 0.002 per side; se = sqrt(0.004) = 0.0632456.
        // df = 0.004^2 / (2 * 0.002^2 / 4) = 0.000016 / 0.000002 = 8.
        LogSpread spread = LogSpread.of(List.of(BASE, CAND));
        assertThat(spread.standardError()).isCloseTo(0.0632456, within(1e-7));
        assertThat(spread.df()).isCloseTo(8.0, within(1e-9));

        // ratio 10/8 = 1.25, ln 1.25 = 0.2231436; t(0.975, 8) = 2.306004 (table);
        // exp(0.2231436 -+ 2.306004 * 0.0632456) = exp(0.077299), exp(0.368989) = 1.080365, 1.446270.
        Interval ci = spread.interval95(1.25);
        assertThat(ci.low()).isCloseTo(1.080365, within(1e-5));
        assertThat(ci.high()).isCloseTo(1.446270, within(1e-5));

        // t = 0.2231436 / 0.0632456 = 3.5282; the table gives t(0.995, 8) = 3.355 and t(0.9975, 8) = 3.833,
        // so the two-sided p lies between 0.005 and 0.01 (scipy: 0.0077523).
        assertThat(spread.pValueAgainstOne(1.25)).isBetween(0.005, 0.01).isCloseTo(0.0077523, within(1e-6));
    }

    @Test
    void fourTermsForARatioOfSpeedups() {
        // Four means with cv 0.1 and n 5: v = 0.002 each, se = sqrt(0.008) = 0.0894427,
        // df = 0.008^2 / (4 * 0.002^2 / 4) = 16, t(0.975, 16) = 2.119905;
        // ratio 50: 50 * exp(-+ 2.119905 * 0.0894427) = 50 / 1.208775, 50 * 1.208775 = 41.3641, 60.4389.
        LogSpread spread = LogSpread.of(List.of(BASE, CAND, BASE, CAND));
        Interval ci = spread.interval95(50);
        assertThat(ci.low()).isCloseTo(41.3641, within(1e-3));
        assertThat(ci.high()).isCloseTo(60.4389, within(1e-3));
    }

    @Test
    void unknownSampleCountOrDeviationCannotBeTested() {
        assertThat(LogSpread.of(List.of(BASE, new SampleStats(0.008, 0.0008, null, false))))
                .isNull();
        assertThat(LogSpread.of(List.of(BASE, new SampleStats(0.008, Double.NaN, 5, false))))
                .isNull();
        assertThat(LogSpread.of(Arrays.asList(BASE, null))).isNull();
        assertThat(LogSpread.of(List.of(BASE, new SampleStats(0.008, 0.0008, 1, false))))
                .isNull();
    }
}
