package dev.benchlens.report;

import dev.benchlens.check.GateVerdict;
import dev.benchlens.check.PairedGate.Judged;
import dev.benchlens.compare.PairedRow;
import dev.benchlens.escape.UntrustedText;
import java.util.List;
import java.util.Locale;

/** The verdicts of an interleaved run as text (one line a row, then a FAIL line per failing row) or Markdown. */
public final class PairedReport {

    private PairedReport() {}

    /** Text: a row per case with its change, ratio, interval, verdict and detectable change, then FAIL lines. */
    public static String text(List<Judged> rows, double thresholdPercent) {
        StringBuilder out = new StringBuilder();
        int width = rows.stream()
                .mapToInt(j -> j.row().key().toString().length())
                .max()
                .orElse(0);
        for (Judged judged : rows) {
            PairedRow row = judged.row();
            out.append(String.format(
                    Locale.ROOT,
                    "%-" + width + "s  %7s  %s  %s  %s%n",
                    UntrustedText.terminal(row.key().toString()),
                    NumberText.percent(row.changePercent()),
                    ratioWithInterval(row),
                    judged.label(thresholdPercent),
                    GateVerdict.detectable(row.detectablePercent())));
        }
        for (Judged judged : rows) {
            if (judged.fails()) {
                out.append("FAIL ").append(failure(judged, thresholdPercent)).append('\n');
            }
        }
        return out.toString();
    }

    /** Markdown: the verdict table, failing rows first. */
    public static String markdown(List<Judged> rows, double thresholdPercent) {
        StringBuilder out = new StringBuilder();
        out.append("| case | change | head/base [95% interval] | blocks | verdict | could detect |\n");
        out.append("|---|---:|---|---:|---|---|\n");
        rows.stream().filter(Judged::fails).forEach(j -> markdownRow(out, j, thresholdPercent));
        rows.stream().filter(j -> !j.fails()).forEach(j -> markdownRow(out, j, thresholdPercent));
        return out.toString();
    }

    /** What a failing row's FAIL line says after {@code FAIL }. */
    public static String failure(Judged judged, double thresholdPercent) {
        PairedRow row = judged.row();
        return String.format(
                Locale.ROOT,
                "%s: %s slower than base (head/base %s, %d blocks): %s, beyond %s",
                UntrustedText.terminal(row.key().toString()),
                String.format(Locale.ROOT, "%.1f%%", row.changePercent()),
                ratioWithInterval(row),
                row.blocks(),
                judged.label(thresholdPercent),
                String.format(Locale.ROOT, "%.1f%%", thresholdPercent));
    }

    private static void markdownRow(StringBuilder out, Judged judged, double thresholdPercent) {
        PairedRow row = judged.row();
        String verdict = judged.label(thresholdPercent);
        out.append("| ")
                .append(UntrustedText.markdown(row.key().toString()))
                .append(" | ")
                .append(NumberText.percent(row.changePercent()))
                .append(" | ")
                .append(ratioWithInterval(row))
                .append(" | ")
                .append(row.blocks())
                .append(" | ")
                .append(judged.fails() ? "**" + verdict + "**" : verdict)
                .append(" | ")
                .append(GateVerdict.detectable(row.detectablePercent()).replace("could detect ", ""))
                .append(" |\n");
    }

    private static String ratioWithInterval(PairedRow row) {
        String interval = Double.isFinite(row.high())
                ? "[" + NumberText.sig3(row.low()) + ", " + NumberText.sig3(row.high()) + "]"
                : "[no interval]";
        return NumberText.times(row.ratio()) + " " + interval;
    }
}
