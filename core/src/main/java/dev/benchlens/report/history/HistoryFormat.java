package dev.benchlens.report.history;

import dev.benchlens.history.History;
import dev.benchlens.history.SelfTest;
import dev.benchlens.report.ReportFormat;
import java.util.List;

/** Renders a {@link History} in one output format; a thin view, it computes nothing. */
public interface HistoryFormat {

    String history(History history);

    /** What {@code history --self-test} found: per group of runs, the share of injected steps found. */
    String selfTest(List<SelfTest.GroupResult> groups);

    /** The renderer for a format chosen as for compare. */
    static HistoryFormat of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new HistoryText(false);
            case MARKDOWN -> new HistoryText(true);
            case CSV -> new HistoryCsv();
            case JSON -> new HistoryJson();
        };
    }
}
