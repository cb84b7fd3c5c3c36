package dev.benchlens.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the twelve weekly artifacts of {@link HistoryCliTest} to a folder, for the history examples in docs/cli.md
 * and docs/history.md: {@code HistoryExampleData docs/examples/history}.
 */
public final class HistoryExampleData {

    private HistoryExampleData() {}

    public static void main(String[] args) throws IOException {
        HistoryCliTest.weeklyArtifacts(Path.of(args[0]));
    }
}
