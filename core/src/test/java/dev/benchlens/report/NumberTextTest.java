package dev.benchlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Interval;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void timesPickAUnitThatKeepsThreeDigits() {
        assertThat(NumberText.time(0.00123)).isEqualTo("1.23 ms");
        assertThat(NumberText.time(4.5e-7)).isEqualTo("450 ns");
        assertThat(NumberText.time(12.345e-6)).isEqualTo("12.3 µs");
        assertThat(NumberText.time(2.5)).isEqualTo("2.50 s");
        // 999.6 ns rounds to 1000 ns, which reads better as 1.00 µs.
        assertThat(NumberText.time(999.6e-9)).isEqualTo("1.00 µs");
        assertThat(NumberText.time(Double.NaN)).isEqualTo("-");
    }

    @Test
    void ratiosChangesAndPValues() {
        assertThat(NumberText.times(33.25)).isEqualTo("33.3x");
        assertThat(NumberText.times(0.15234)).isEqualTo("0.152x");
        assertThat(NumberText.times(null)).isEqualTo("-");
        assertThat(NumberText.percent(-41.666)).isEqualTo("-41.7%");
        assertThat(NumberText.percent(5)).isEqualTo("+5.0%");
        assertThat(NumberText.pValue(2.0 / 252)).isEqualTo("p=0.0079");
        assertThat(NumberText.pValue(Double.NaN)).isEmpty();
        assertThat(NumberText.interval(new Interval(41.364, 60.439))).isEqualTo("[41.4, 60.4]");
    }
}
