package dev.benchlens.perf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times reading one artifact in this thread, after Jackson is set up, and says how much the thread allocated:
 * {@code load FILE} reads it as the explorer and the command line do; {@code tokens FILE} only walks Jackson's
 * tokens and parses the numbers, the floor under any reader. Run it in a fresh JVM to see a user's cold read;
 * see docs/performance.md for the commands.
 */
public final class ReadOneFile {

    private ReadOneFile() {}

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path file = Path.of(args[1]);
        ArtifactJson.mapper();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        String what = switch (mode) {
            case "load" -> {
                LoadResult loaded = new RunLoader().load(List.of(file), LoadProgress.NONE);
                yield loaded.runs().size() + " run(s), " + loaded.problems().size() + " problem(s)";
            }
            case "tokens" -> tokens(file) + " tokens";
            default -> throw new IllegalArgumentException("mode is load or tokens, not " + mode);
        };
        System.out.printf(
                Locale.ROOT,
                "%s %s: %.3f s, %.1f MB allocated by this thread (%s)%n",
                mode,
                file.getFileName(),
                (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6,
                what);
    }

    private static long tokens(Path file) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = ArtifactJson.lenientReader().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                count++;
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    parser.getDoubleValue();
                }
            }
        }
        return count;
    }
}
