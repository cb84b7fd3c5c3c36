package dev.benchlens.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchlens.check.PairedGate.Judged;
import dev.benchlens.compare.PairedRow;
import dev.benchlens.compare.PairedRow.Block;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.PairedReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedGateTest {

    private static final CaseKey SUM = new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "sum", "scalar");

    /** Blocks whose base times drift from 100 to 150 while head is {@code factor} times its block's base. */
    private static List<Block> drifting(int count, double factor, double jitter) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double base = 100 + 50.0 * i / count;
            blocks.add(new Block(base, base * factor * (1 + jitter * ((i % 3) - 1))));
        }
        return blocks;
    }

    private static Judged judge(List<Block> blocks) {
        return PairedGate.judge(List.of(PairedRow.of(SUM, blocks)), 10).getFirst();
    }

    @Test
    void identicalSidesAreWithinTheThreshold() {
        Judged judged = judge(drifting(6, 1.0, 0));
        assertThat(judged.verdict()).isEqualTo(GateVerdict.WITHIN);
        assertThat(judged.fails()).isFalse();
        assertThat(judged.row().ratio()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aDoubledTimeIsARegressionDespiteTheDriftBecauseBlocksArePaired() {
        Judged judged = judge(drifting(6, 2.0, 0.02));
        assertThat(judged.verdict()).isEqualTo(GateVerdict.REGRESSION);
        assertThat(judged.fails()).isTrue();
        assertThat(judged.row().ratio()).isCloseTo(2.0, within(0.05));
        assertThat(PairedReport.text(List.of(judged), 10))
                .contains("FAIL 512x512 float32 sum [scalar]: 100.0% slower than base")
                .contains("regression");
    }

    @Test
    void thirtyPercentSlowerOnTooFewBlocksIsInconclusiveAndFailsByItsMagnitude() {
        Judged judged = judge(drifting(4, 1.3, 0.01));
        assertThat(judged.verdict()).isEqualTo(GateVerdict.INCONCLUSIVE);
        assertThat(judged.fails()).isTrue();
        assertThat(judged.label(10)).isEqualTo("inconclusive, judged by its magnitude");
        assertThat(judged.row().detectablePercent()).isInfinite();
    }

    @Test
    void aSmallChangeOnTooFewBlocksIsInconclusiveButPasses() {
        Judged judged = judge(drifting(4, 1.02, 0.01));
        assertThat(judged.verdict()).isEqualTo(GateVerdict.INCONCLUSIVE);
        assertThat(judged.fails()).isFalse();
    }

    @Test
    void aNoisyRowWhoseIntervalReachesPastTheThresholdIsInconclusive() {
        List<Block> blocks = List.of(
                new Block(100, 80),
                new Block(100, 125),
                new Block(100, 98),
                new Block(100, 104),
                new Block(100, 130),
                new Block(100, 90));
        Judged judged = judge(blocks);
        assertThat(judged.verdict()).isEqualTo(GateVerdict.INCONCLUSIVE);
        assertThat(judged.row().high()).isGreaterThan(1.1);
        assertThat(judged.row().detectablePercent()).isGreaterThan(10);
    }

    @Test
    void blocksWithAFailedForkAreLeftOut() {
        List<Block> blocks = new ArrayList<>(drifting(6, 1.0, 0));
        blocks.add(new Block(Double.NaN, 100));
        assertThat(PairedRow.of(SUM, blocks).blocks()).isEqualTo(6);
        Judged none = judge(List.of());
        assertThat(none.fails()).isTrue();
    }
}
