package dev.benchlens.bandwidth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.RunSource;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandwidthProbeTest {

    /** A German default locale writes 12,25; the table parsed that back with NumberFormatException. */
    @Test
    void aFigureWrittenUnderAGermanLocaleReadsBack() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Map<String, String> extra = Map.of(BandwidthProbe.key(BandwidthProbe.READ, 16), BandwidthProbe.text(12.25));

            assertThat(extra).containsEntry("bandwidth_read_16MiB_GBps", "12.25");
            assertThat(BandwidthProbe.read(extra, BandwidthProbe.READ, 16)).isEqualTo(12.25);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFigureTheRunDidNotRecordIsNull() {
        assertThat(BandwidthProbe.read(Map.of(), BandwidthProbe.READ_WRITE, 4)).isNull();
    }

    @Test
    void theBoundIsTheSmallestProbeOfTheSameKindThatHoldsTheData() {
        Map<String, String> extra = Map.of(
                BandwidthProbe.key(BandwidthProbe.READ, 4), "90",
                BandwidthProbe.key(BandwidthProbe.READ, 16), "60",
                BandwidthProbe.key(BandwidthProbe.READ, 64), "30",
                BandwidthProbe.key(BandwidthProbe.READ_WRITE, 16), "40");
        assertThat(BandwidthProbe.boundFor(extra, false, 4L << 20)).isEqualTo(90.0);
        assertThat(BandwidthProbe.boundFor(extra, false, 5L << 20)).isEqualTo(60.0);
        assertThat(BandwidthProbe.boundFor(extra, false, 1L << 30)).isEqualTo(30.0);
        assertThat(BandwidthProbe.boundFor(extra, true, 32L << 20)).isEqualTo(40.0);
        assertThat(BandwidthProbe.boundFor(extra, true, 4L << 20))
                .as("no 4 MiB read+write probe")
                .isNull();
    }

    @Test
    void aShareIsTheKernelsBytesPerSecondOverItsOwnRunsProbe() {
        var metadata = new dev.benchlens.format.RunMetadata(
                RunSource.LOCAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(BandwidthProbe.key(BandwidthProbe.READ_WRITE, 16), "50.00"));
        // scale of 1024x1024 float64: 8 MiB read + 8 MiB written in 400 us = 41.9 GB/s
        BandwidthShare share =
                BandwidthShare.of(metadata, dev.benchlens.format.Shape.of(1024, 1024), "float64", "scale", 400e-6);
        assertThat(share.gbps()).isCloseTo(41.94, org.assertj.core.data.Offset.offset(0.01));
        assertThat(share.text()).isEqualTo("84% (41.9 GB/s)");
        assertThat(BandwidthShare.of(metadata, dev.benchlens.format.Shape.of(1024, 1024), "float64", "sum", 1e-4))
                .as("no read probe recorded")
                .isNull();
        assertThat(BandwidthShare.of(metadata, dev.benchlens.format.Shape.of(8), "float64", "fft", 1e-4))
                .isNull();
    }
}
