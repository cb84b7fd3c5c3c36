package dev.benchlens.report.history;

import dev.benchlens.history.History;
import dev.benchlens.report.ReportFormat;

/** Renders a {@link History} in one output format; a thin view, it computes nothing. */
public interface HistoryFormat {

    String history(History history);

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
