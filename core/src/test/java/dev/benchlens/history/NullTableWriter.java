package dev.benchlens.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the shipped null distribution of {@link SearchCorrection} ({@code max-t-null.txt}): for the default minimum
 * segment, every grid length up to 1,100 runs, 200,000 simulated step-free series each. Run by hand when the grid,
 * the levels or the statistic change: {@code NullTableWriter core/src/main/resources/dev/benchlens/history}.
 */
public final class NullTableWriter {

    static final int SERIES = 200_000;
    static final int UP_TO = 1_100;

    private NullTableWriter() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/dev/benchlens/history");
        int minSegment = ChangePointOptions.DEFAULT_MIN_SEGMENT;
        List<String> lines = new ArrayList<>();
        lines.add("# The smallest cut p-value's quantiles (natural logs) in step-free Gaussian series, by length:");
        lines.add("# minSegment n, then one column per level of SearchCorrection.LEVELS. " + SERIES
                + " series per length; written by NullTableWriter.");
        for (int n : SearchCorrection.grid(minSegment, UP_TO)) {
            long start = System.nanoTime();
            lines.add(SearchCorrection.tableLine(minSegment, n, SearchCorrection.simulate(n, minSegment, SERIES)));
            System.err.printf("n=%d in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        }
        Files.createDirectories(folder);
        Files.write(folder.resolve("max-t-null.txt"), lines, StandardCharsets.US_ASCII);
    }
}
