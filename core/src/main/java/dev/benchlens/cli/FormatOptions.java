package dev.benchlens.cli;

import dev.benchlens.report.MarkdownFormat;
import dev.benchlens.report.ReportFormat;
import dev.benchlens.report.ResultFormat;
import picocli.CommandLine.Option;

/** The output format options of {@code report}, {@code compare} and {@code check}. */
final class FormatOptions {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = OptionWords.Format.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(
            names = "--markdown-limit",
            paramLabel = "CHARS",
            defaultValue = "65536",
            description = "Cut Markdown to this many characters, keeping the summary and the significant rows"
                    + " (default: ${DEFAULT-VALUE}, GitHub's comment limit).")
    int markdownLimit;

    ResultFormat formatter() {
        if (format != ReportFormat.MARKDOWN) {
            return format.formatter();
        }
        try {
            return new MarkdownFormat(markdownLimit);
        } catch (IllegalArgumentException e) {
            throw new UserError("--markdown-limit: " + e.getMessage());
        }
    }
}
