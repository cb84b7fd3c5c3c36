package dev.benchlens.report.history;

import dev.benchlens.history.History;
import dev.benchlens.history.SelfTest;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.CsvFormat;
import java.util.List;

/**
 * RFC 4180 CSV with one row per change point, numbers unformatted:
 * {@code shape,dtype,layout,operation,implementation,run,ratio,ci_low,ci_high,p,strength,cause}, where {@code run} is
 * the name of the first run after the change (which includes its date), the ratio is after/before, above 1 when
 * better, {@code strength} is {@code change} or {@code weak} (weak rows follow the others), and {@code cause} says
 * what the runs recorded as changing there ({@code environment: CPU model changed}), empty when nothing did.
 */
final class HistoryCsv implements HistoryFormat {

    static final List<String> HEADER = List.of(
            "shape",
            "dtype",
            "layout",
            "operation",
            "implementation",
            "run",
            "ratio",
            "ci_low",
            "ci_high",
            "p",
            "strength",
            "cause");

    @Override
    public String history(History history) {
        StringBuilder out = new StringBuilder();
        CsvFormat.line(out, HEADER);
        rows(out, history.changes(), "change");
        rows(out, history.weakChanges(), "weak");
        return out.toString();
    }

    @Override
    public String selfTest(List<SelfTest.GroupResult> groups) {
        StringBuilder out = new StringBuilder();
        CsvFormat.line(out, List.of("group", "runs", "series", "step", "trials", "found", "found_rate", "elsewhere"));
        for (SelfTest.GroupResult group : groups) {
            for (SelfTest.StepRate rate : group.rates()) {
                CsvFormat.line(
                        out,
                        List.of(
                                group.group(),
                                String.valueOf(group.runs()),
                                String.valueOf(group.series()),
                                String.valueOf(rate.step()),
                                String.valueOf(rate.trials()),
                                String.valueOf(rate.found()),
                                String.valueOf(rate.foundRate()),
                                String.valueOf(rate.falseChanges())));
            }
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, List<History.Located> changes, String strength) {
        for (History.Located located : changes) {
            CaseKey key = located.series().key();
            var change = located.change();
            CsvFormat.line(
                    out,
                    List.of(
                            key.shape().toString(),
                            key.dtype(),
                            key.layout().label(),
                            key.operation(),
                            key.implementation(),
                            change.firstRunAfter().name(),
                            String.valueOf(change.ratio()),
                            String.valueOf(change.interval().low()),
                            String.valueOf(change.interval().high()),
                            String.valueOf(change.p()),
                            strength,
                            change.environmental() ? change.cause() : ""));
        }
    }
}
