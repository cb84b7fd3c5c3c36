package dev.benchlens.bench.ab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.PairedRow;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbRunnerTest {

    private static final CaseKey SUM = new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "sum", "scalar");
    private static final Contention QUIET = new Contention(0.1, 0, 2, 3, 0.5);
    private static final Contention CROWDED = new Contention(1.9, 0, 2, 900, 12);

    private static Fork fork(Side side, int round, int block, boolean rerun, double score, Contention contention) {
        Measurement m = Double.isNaN(score) ? null : Measurement.ofSamples("scalar", "us", List.of(score, score));
        return new Fork(side, SUM, round, block, 1, rerun, m, contention, m == null ? "the fork exited with 1" : null);
    }

    @Test
    void aBlockRunAgainCountsInsteadOfItsFirstTry() {
        List<Fork> forks = List.of(
                fork(Side.BASE, 1, 1, false, 100, CROWDED),
                fork(Side.HEAD, 1, 1, false, 300, QUIET),
                fork(Side.BASE, 1, 1, true, 100, QUIET),
                fork(Side.HEAD, 1, 1, true, 110, QUIET),
                fork(Side.BASE, 1, 2, false, 100, QUIET),
                fork(Side.HEAD, 1, 2, false, 120, QUIET));
        assertThat(AbRunner.counted(forks)).hasSize(4).noneMatch(f -> f.block() == 1 && !f.rerun());
        assertThat(AbRunner.blocks(SUM, forks))
                .containsExactly(new PairedRow.Block(100, 110), new PairedRow.Block(100, 120));
    }

    @Test
    void blocksOfConfirmationRoundsAddToTheFirstRoundsAndAFailedForkLeavesItsBlockOut() {
        List<Fork> forks = List.of(
                fork(Side.BASE, 1, 1, false, 100, QUIET),
                fork(Side.HEAD, 1, 1, false, 150, QUIET),
                fork(Side.BASE, 2, 1, false, 100, QUIET),
                fork(Side.HEAD, 2, 1, false, 140, QUIET),
                fork(Side.BASE, 2, 2, false, 100, QUIET),
                fork(Side.HEAD, 2, 2, false, Double.NaN, QUIET));
        assertThat(AbRunner.blocks(SUM, forks))
                .containsExactly(new PairedRow.Block(100, 150), new PairedRow.Block(100, 140));
    }

    @Test
    void aForkLeftLessThanAQuarterOfACoreRanUnderHeavyContention() {
        assertThat(CROWDED.heavy()).isTrue();
        assertThat(QUIET.heavy()).isFalse();
        assertThat(new Contention(1.5, 0.3, 2, 0, 1).heavy()).isTrue();
        assertThat(Contention.UNKNOWN.heavy()).isFalse();
    }
}
