package dev.benchlens.compare;

import dev.benchlens.match.CaseKey;
import dev.benchlens.stats.PairedShift;
import java.util.List;

/**
 * One case measured by both sides of an interleaved run: head's time over base's, estimated from the blocks of
 * forks that ran side by side, with the interval and the smallest change the blocks could show.
 *
 * @param key               the case, operation and implementation
 * @param blocks            how many blocks (one fork of each side) the estimate uses
 * @param ratio             head time / base time (above 1: head is slower); the Hodges-Lehmann estimate
 * @param low               the 95% interval's low end of the ratio; 0 when the blocks are too few
 * @param high              its high end; positive infinity when the blocks are too few
 * @param detectablePercent the smallest change in percent this data could have shown (the interval's half-width);
 *                          infinite when the blocks are too few
 */
public record PairedRow(CaseKey key, int blocks, double ratio, double low, double high, double detectablePercent) {

    /** A fork's score on each side of one block, in the same unit. */
    public record Block(double base, double head) {}

    /** The row of {@code key} from its blocks; a block with a non-positive or non-finite score is left out. */
    public static PairedRow of(CaseKey key, List<Block> blocks) {
        double[] logRatios = blocks.stream()
                .filter(b -> b.base() > 0 && b.head() > 0 && Double.isFinite(b.base()) && Double.isFinite(b.head()))
                .mapToDouble(b -> Math.log(b.head() / b.base()))
                .toArray();
        PairedShift shift = PairedShift.of(logRatios);
        return new PairedRow(
                key,
                shift.pairs(),
                Math.exp(shift.estimate()),
                Math.exp(shift.lower()),
                Math.exp(shift.upper()),
                Math.expm1(shift.halfWidth()) * 100);
    }

    /** The estimated slowdown in percent (negative: head is faster). */
    public double changePercent() {
        return (ratio - 1) * 100;
    }

    /** The slowdown in percent at the interval's slow end; NaN when there is no interval. */
    public double slowEndPercent() {
        return Double.isFinite(high) ? (high - 1) * 100 : Double.NaN;
    }

    /** Whether the whole interval lies above no change. */
    public boolean significantlySlower() {
        return low > 1;
    }
}
