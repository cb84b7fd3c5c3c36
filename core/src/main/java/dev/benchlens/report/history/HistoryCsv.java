package dev.benchlens.report.history;

import dev.benchlens.history.History;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.CsvFormat;
import java.util.List;

/**
 * RFC 4180 CSV with one row per change point, numbers unformatted:
 * {@code shape,dtype,layout,operation,implementation,run,ratio,ci_low,ci_high,p}, where {@code run} is the name of
 * the first run after the change (which includes its date) and the ratio is after/before, above 1 when better.
 */
final class HistoryCsv implements HistoryFormat {

    static final List<String> HEADER = List.of(
            "shape", "dtype", "layout", "operation", "implementation", "run", "ratio", "ci_low", "ci_high", "p");

    @Override
    public String history(History history) {
        StringBuilder out = new StringBuilder();
        CsvFormat.line(out, HEADER);
        for (History.Located located : history.changes()) {
            CaseKey key = located.series().key();
            var change = located.change();
            CsvFormat.line(
                    out,
                    List.of(
                            key.shape().toString(),
                            key.dtype(),
                            key.layout(),
                            key.operation(),
                            key.implementation(),
                            change.firstRunAfter().name(),
                            String.valueOf(change.ratio()),
                            String.valueOf(change.interval().low()),
                            String.valueOf(change.interval().high()),
                            String.valueOf(change.p())));
        }
        return out.toString();
    }
}
