package dev.benchlens.bench.ab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final List<CaseKey> KEYS = List.of(
            new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "sum", "scalar"),
            new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "scale", "scalar"));

    @Test
    void everyBenchmarkGetsOneBlockPerForkEachWithBothSides() {
        List<Schedule.Block> blocks = Schedule.of(KEYS, 6, 42, 1);
        assertThat(blocks).hasSize(12);
        for (CaseKey key : KEYS) {
            assertThat(blocks.stream().filter(b -> b.key().equals(key)).map(Schedule.Block::block))
                    .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        }
        blocks.forEach(b -> assertThat(b.second()).isNotEqualTo(b.first()));
    }

    @Test
    void theSeedFixesTheOrderAndAnotherSeedOrRoundChangesIt() {
        assertThat(Schedule.of(KEYS, 6, 42, 1)).isEqualTo(Schedule.of(KEYS, 6, 42, 1));
        assertThat(Schedule.of(KEYS, 6, 43, 1)).isNotEqualTo(Schedule.of(KEYS, 6, 42, 1));
        assertThat(Schedule.of(KEYS, 6, 42, 2)).isNotEqualTo(Schedule.of(KEYS, 6, 42, 1));
    }

    @Test
    void bothSidesGoFirstAndTheBenchmarksAreMixed() {
        List<Schedule.Block> blocks = Schedule.of(KEYS, 20, 7, 1);
        assertThat(blocks.stream().filter(b -> b.first() == Side.BASE).count()).isBetween(5L, 35L);
        // shuffled together: the first half is not one benchmark's blocks alone
        assertThat(blocks.subList(0, 20).stream().map(Schedule.Block::key).distinct())
                .hasSize(2);
    }
}
