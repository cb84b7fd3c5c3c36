package dev.benchlens.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandwidthFiguresTest {

    /** A German default locale writes 12,25; the table parsed that back with NumberFormatException. */
    @Test
    void aFigureWrittenUnderAGermanLocaleReadsBack() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Map<String, String> extra =
                    Map.of(BandwidthFigures.key(BandwidthFigures.READ, 16), BandwidthFigures.text(12.25));

            assertThat(extra).containsEntry("bandwidth_read_16MiB_GBps", "12.25");
            assertThat(BandwidthFigures.read(extra, BandwidthFigures.READ, 16)).isEqualTo(12.25);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFigureTheRunDidNotRecordIsNull() {
        assertThat(BandwidthFigures.read(Map.of(), BandwidthFigures.READ_WRITE, 4))
                .isNull();
    }
}
