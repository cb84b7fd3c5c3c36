package dev.benchlens.viewer.export;

import dev.benchlens.compare.Comparison;
import dev.benchlens.io.AtomicFiles;
import dev.benchlens.report.ReportFormat;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javax.imageio.ImageIO;

/**
 * Writes exports in the background: a chart as PNG, and the comparison as CSV or Markdown exactly as core's
 * renderers print it for {@code benchlens compare --format csv|markdown}.
 */
public final class ExportModel {

    private final BackgroundExecutor executor;
    private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper("");

    public ExportModel(BackgroundExecutor executor) {
        this.executor = executor;
    }

    // Properties

    /** What the last export did, e.g. {@code Wrote comparison.md}, or why it failed. */
    public ReadOnlyStringProperty lastMessageProperty() {
        return lastMessage.getReadOnlyProperty();
    }

    // Commands

    public void exportCsv(Comparison comparison, Path file) {
        write(
                file,
                () -> AtomicFiles.writeString(file, ReportFormat.CSV.formatter().comparison(comparison)));
    }

    public void exportMarkdown(Comparison comparison, Path file) {
        write(
                file,
                () -> AtomicFiles.writeString(
                        file, ReportFormat.MARKDOWN.formatter().comparison(comparison)));
    }

    /** Writes an image already drawn on the UI thread (drawing reads the live chart; encoding is done here). */
    public void exportPng(BufferedImage image, Path file) {
        write(
                file,
                () -> AtomicFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                }));
    }

    /** Writes in the background; {@link AtomicFiles} makes sure a failed export leaves no half file. */
    private void write(Path file, FileWriter writer) {
        lastMessage.set("Writing " + file.getFileName() + "…");
        executor.submit(
                Lane.EXPORTING,
                () -> {
                    writer.write();
                    return file;
                },
                written -> lastMessage.set("Wrote " + written),
                failure -> lastMessage.set("Could not write " + file + ": " + failure.getMessage()));
    }

    @FunctionalInterface
    private interface FileWriter {
        void write() throws IOException;
    }
}
