package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.input.ClipboardContent;

/**
 * Selected comparison rows as a spreadsheet or a document takes them: tab-separated plain text, and an HTML
 * table so that they paste as a table, both with a header line and the table's own texts.
 */
public final class RowsClipboard {

    private static final List<String> HEADER = List.of(
            "Shape",
            "dtype",
            "Layout",
            "Operation",
            "Implementation",
            "Candidate",
            "Ratio",
            "Ratio 95% CI",
            "Change",
            "Verdict",
            "Baseline time",
            "Candidate time",
            "Baseline speedup",
            "Candidate speedup",
            "Band");

    private RowsClipboard() {}

    /** The rows' cells, in the order of {@link #HEADER}; {@code candidateName} names a row's candidate run. */
    static List<List<String>> cells(List<ComparisonRow> rows, Function<ComparisonRow, String> candidateName) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (ComparisonRow r : rows) {
            lines.add(List.of(
                    r.key().shape().toString(),
                    r.key().dtype(),
                    r.key().layout().label(),
                    r.key().operation(),
                    RowText.implementation(r),
                    candidateName.apply(r),
                    NumberText.times(r.ratio().value()),
                    NumberText.interval(r.ratio().ci95()),
                    RowText.change(r),
                    RowText.verdict(r),
                    NumberText.time(r.baseline().seconds()),
                    NumberText.time(r.candidate().seconds()),
                    NumberText.times(r.baseline().speedup()),
                    NumberText.times(r.candidate().speedup()),
                    r.band().label()));
        }
        return lines;
    }

    public static ClipboardContent content(List<ComparisonRow> rows, Function<ComparisonRow, String> candidateName) {
        List<List<String>> lines = cells(rows, candidateName);
        StringBuilder tsv = new StringBuilder();
        StringBuilder html = new StringBuilder("<table>\n");
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            tsv.append(String.join("\t", line.stream().map(RowsClipboard::plain).toList()))
                    .append('\n');
            String tag = i == 0 ? "th" : "td";
            html.append("<tr>");
            line.forEach(cell -> html.append('<')
                    .append(tag)
                    .append('>')
                    .append(escapeHtml(cell))
                    .append("</")
                    .append(tag)
                    .append('>'));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv.toString());
        content.putHtml(html.toString());
        return content;
    }

    /** A cell for TSV: tabs and line breaks from names in files would split it. */
    private static String plain(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String escapeHtml(String cell) {
        return cell.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
