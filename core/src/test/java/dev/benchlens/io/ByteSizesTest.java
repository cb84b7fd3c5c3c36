package dev.benchlens.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizesTest {

    @ParameterizedTest
    @CsvSource({
        "900, 900 bytes",
        "1024, 1 KiB",
        "1536, 1.5 KiB",
        "268435456, 256 MiB",
        "315097088, 300.5 MiB",
        "1073741824, 1 GiB"
    })
    void describesByteCountsInTheLargestFittingUnit(long bytes, String expected) {
        assertThat(ByteSizes.describe(bytes)).isEqualTo(expected);
    }
}
