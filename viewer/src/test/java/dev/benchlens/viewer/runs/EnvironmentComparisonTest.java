package dev.benchlens.viewer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentComparisonTest {

    @Test
    void marksFieldsThatDifferAndOnlyThose() {
        List<EnvironmentRow> rows =
                EnvironmentComparison.of(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        assertThat(rows)
                .filteredOn(EnvironmentRow::differs)
                .extracting(EnvironmentRow::field)
                .contains("source", "cpu", "cores", "vector size", "container: /.dockerenv", "ci runner")
                .doesNotContain("arch", "jvm version", "simd mode");
        assertThat(rows)
                .filteredOn(r -> r.field().equals("vector size"))
                .singleElement()
                .extracting(EnvironmentRow::values)
                .isEqualTo(List.of("128 bit", "256 bit"));
    }

    @Test
    void aFieldOnlyOneRunRecordedIsShownEmptyForTheOther() {
        List<EnvironmentRow> rows =
                EnvironmentComparison.of(List.of(SyntheticRuns.docker(), SyntheticRuns.nativeArm()));

        assertThat(rows)
                .filteredOn(r -> r.field().equals("ci runner"))
                .singleElement()
                .extracting(EnvironmentRow::values)
                .isEqualTo(List.of("", "ubuntu-24.04-arm"));
    }
}
