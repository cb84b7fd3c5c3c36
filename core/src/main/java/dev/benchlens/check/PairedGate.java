package dev.benchlens.check;

import dev.benchlens.compare.PairedRow;
import java.util.List;

/** The gate of an interleaved run: every paired row judged against the largest slowdown allowed. */
public final class PairedGate {

    private PairedGate() {}

    /** One row with its verdict and whether it fails the gate. */
    public record Judged(PairedRow row, GateVerdict verdict, boolean fails) {

        /** The verdict as the row's label, e.g. "inconclusive, judged by its magnitude". */
        public String label(double thresholdPercent) {
            return verdict.label(row.changePercent(), thresholdPercent);
        }
    }

    /** Each row judged against {@code thresholdPercent}, in the order given. */
    public static List<Judged> judge(List<PairedRow> rows, double thresholdPercent) {
        return rows.stream()
                .map(row -> {
                    GateVerdict verdict = GateVerdict.judge(
                            row.changePercent(), row.slowEndPercent(), row.significantlySlower(), thresholdPercent);
                    return new Judged(row, verdict, verdict.fails(row.changePercent(), thresholdPercent));
                })
                .toList();
    }
}
