package dev.benchlens.report.history;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.history.Change;
import dev.benchlens.history.History;
import dev.benchlens.history.SelfTest;
import dev.benchlens.history.Series;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.NumberText;
import java.util.List;
import java.util.Locale;

/** The change points as a table, aligned text for a terminal or Markdown for a pull request or step summary. */
final class HistoryText implements HistoryFormat {

    private static final List<String> HEADER = List.of(
            "Runs",
            "Case",
            "Operation",
            "Impl",
            "Basis",
            "First run after",
            "Ratio",
            "CI",
            "Change",
            "p",
            "Before/after",
            "Cause");

    private final boolean markdown;

    HistoryText(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public String history(History history) {
        StringBuilder out = new StringBuilder();
        List<History.Located> changes = history.changes();
        List<History.Located> weak = history.weakChanges();
        long seriesWithChange =
                history.series().stream().filter(s -> !s.changes().isEmpty()).count();
        var options = history.options();
        out.append(markdown ? "### History\n\n" : "")
                .append(String.format(
                        Locale.ROOT,
                        "%d run(s), %d series, %d change point(s) in %d series, %d weak"
                                + " (p <= %s over the whole search, weak p <= %s, magnitude >= %s%%,"
                                + " at least %d runs each side, %s%% intervals)%n",
                        history.runs(),
                        history.series().size(),
                        changes.size(),
                        seriesWithChange,
                        weak.size(),
                        NumberText.sig3(options.maxPValue()),
                        NumberText.sig3(options.weakPValue()),
                        NumberText.sig3(options.minMagnitude() * 100),
                        options.minSegment(),
                        NumberText.sig3(options.level() * 100)));
        if (!changes.isEmpty()) {
            out.append('\n');
            List<List<String>> rows = changes.stream().map(HistoryText::cells).toList();
            out.append(markdown ? markdownTable(rows) : textTable(rows));
        }
        if (!weak.isEmpty()) {
            out.append('\n')
                    .append(markdown ? "#### " : "")
                    .append("Weak change points (p between ")
                    .append(NumberText.sig3(options.maxPValue()))
                    .append(" and ")
                    .append(NumberText.sig3(options.weakPValue()))
                    .append("; worth a look, never counted by check --history)\n\n");
            List<List<String>> rows = weak.stream().map(HistoryText::cells).toList();
            out.append(markdown ? markdownTable(rows) : textTable(rows));
        }
        if (!history.warnings().isEmpty()) {
            out.append('\n');
            history.warnings()
                    .forEach(w -> out.append(markdown ? "- " : "warning: ")
                            .append(markdown ? UntrustedText.markdown(w) : UntrustedText.terminalLine(w))
                            .append('\n'));
        }
        return out.toString();
    }

    @Override
    public String selfTest(List<SelfTest.GroupResult> groups) {
        StringBuilder out = new StringBuilder(markdown ? "### What this history can see\n\n" : "");
        out.append("Self-test: each series with its change points taken out, a step put at a random run, found when a"
                + " change point lands within " + SelfTest.TOLERANCE + " runs of it\n\n");
        for (SelfTest.GroupResult group : groups) {
            out.append(markdown ? "- " : "").append(SelfTestLine.of(group)).append('\n');
        }
        if (groups.isEmpty()) {
            out.append("no group holds enough runs for a change point\n");
        }
        return out.toString();
    }

    private static List<String> cells(History.Located located) {
        Series s = located.series();
        Change c = located.change();
        CaseKey key = s.key();
        String basis = s.reference() == null ? s.basis().label() : s.basis().label() + " over " + s.reference();
        return List.of(
                s.group(),
                key.caseLabel(),
                key.operation(),
                key.implementation(),
                basis,
                c.firstRunAfter().name(),
                NumberText.times(c.ratio()),
                NumberText.interval(c.interval()),
                NumberText.percent(c.changePercent()) + (c.ratio() < 1 ? " worse" : " better"),
                pValue(c.p()),
                c.runsBefore() + "/" + c.runsAfter(),
                c.environmental() ? c.cause() : "code or unrecorded");
    }

    /** Two significant digits, with an exponent below 0.0001 where plain digits would run on. */
    private static String pValue(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "p=%.1e", p) : NumberText.pValue(p);
    }

    private static String markdownTable(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("| ")
                .append(String.join(" | ", HEADER))
                .append(" |\n|")
                .append("---|".repeat(HEADER.size()))
                .append('\n');
        for (List<String> row : rows) {
            out.append("| ")
                    .append(String.join(
                            " | ", row.stream().map(UntrustedText::markdown).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String textTable(List<List<String>> givenRows) {
        List<List<String>> rows = givenRows.stream()
                .map(row -> row.stream().map(UntrustedText::terminal).toList())
                .toList();
        int[] widths = new int[HEADER.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADER.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : "  ")
                    .append(cells.get(i))
                    .append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
