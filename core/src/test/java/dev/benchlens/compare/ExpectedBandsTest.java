package dev.benchlens.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedBandsTest {

    @Test
    void marksRatiosInsideBelowAndAboveIncludingTheEdges() {
        ExpectedBands bands = ExpectedBands.parse("simd=25..80, auto=15..60");
        assertThat(bands.verdict("simd", 25)).isEqualTo(BandVerdict.INSIDE);
        assertThat(bands.verdict("simd", 80)).isEqualTo(BandVerdict.INSIDE);
        assertThat(bands.verdict("simd", 24.9)).isEqualTo(BandVerdict.BELOW);
        assertThat(bands.verdict("auto", 60.1)).isEqualTo(BandVerdict.ABOVE);
        assertThat(bands.verdict("blas", 3)).isEqualTo(BandVerdict.NO_BAND);
        assertThat(bands.verdict("simd", Double.NaN)).isEqualTo(BandVerdict.NO_BAND);
        assertThat(bands).hasToString("simd=25..80,auto=15..60");
    }

    @Test
    void rejectsMalformedBandsWithTheBadPart() {
        assertThatThrownBy(() -> ExpectedBands.parse("simd=25-80")).hasMessageContaining("'simd=25-80'");
        assertThatThrownBy(() -> ExpectedBands.parse("simd=a..b")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> ExpectedBands.parse("simd=80..25")).hasMessageContaining("low <= high");
    }
}
