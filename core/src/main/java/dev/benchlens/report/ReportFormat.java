package dev.benchlens.report;

import java.util.Locale;

/** The output formats, each backed by its own {@link ResultFormat}. */
public enum ReportFormat {
    MARKDOWN,
    TEXT,
    CSV,
    JSON;

    /** The format's renderer; Markdown is cut to GitHub's comment limit. */
    public ResultFormat formatter() {
        return switch (this) {
            case MARKDOWN -> new MarkdownFormat(MarkdownFormat.GITHUB_COMMENT_LIMIT);
            case TEXT -> new TextFormat();
            case CSV -> new CsvFormat();
            case JSON -> new JsonFormat();
        };
    }

    /** The word the command line takes: {@code markdown}, {@code text}, {@code csv} or {@code json}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the names in any case, e.g. {@code markdown} or {@code md}. */
    public static ReportFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "markdown", "md" -> MARKDOWN;
            case "text", "txt" -> TEXT;
            case "csv" -> CSV;
            case "json" -> JSON;
            default ->
                throw new IllegalArgumentException(
                        "unknown format '" + name + "' (expected markdown, text, csv or json)");
        };
    }
}
