package dev.benchlens.perf;

import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times reading, matching and comparing two generated artifacts of 100,000 operations each, as
 * {@code benchlens compare} does; see docs/performance.md for the command. The first round is what a user of the
 * command line waits for (a fresh JVM); later rounds show the warmed-up cost.
 *
 * <p>Arguments: {@code [FOLDER] [ROUNDS] [OPERATIONS]}, defaults {@code target/perf 5 100000}.
 */
public final class ReadCompareTiming {

    private ReadCompareTiming() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/perf");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int operations = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path base = folder.resolve("base-" + operations + ".json");
        Path cand = folder.resolve("candidate-" + operations + ".json");
        if (!Files.exists(base) || !Files.exists(cand)) {
            // Every 100th operation runs 20% faster in the candidate, so some rows change.
            ArtifactJson.write(ArtifactGenerator.generate(base.toString(), operations, 1, i -> 1.0), base);
            ArtifactJson.write(
                    ArtifactGenerator.generate(cand.toString(), operations, 2, i -> i % 100 == 0 ? 0.8 : 1.0), cand);
        }
        System.out.printf(
                Locale.ROOT,
                "artifacts: %s (%.1f MB), %s (%.1f MB)%n",
                base,
                Files.size(base) / 1e6,
                cand,
                Files.size(cand) / 1e6);
        RunLoader loader = new RunLoader();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            // The two files load in parallel, as `benchlens compare` loads its arguments.
            List<LoadResult> loaded = List.of(base, cand).parallelStream()
                    .map(path -> loader.load(List.of(path), LoadProgress.NONE))
                    .toList();
            long read = System.nanoTime();
            Comparison comparison = RunComparator.compare(
                    loaded.get(0).runs().getFirst(), loaded.get(1).runs(), CompareOptions.defaults());
            long compared = System.nanoTime();
            int exit = BenchlensCli.run(
                    new String[] {"compare", "-q", "--format", "csv", base.toString(), cand.toString()},
                    new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8));
            long command = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "round %d: read %.3f s + match and compare %.3f s = %.3f s (%d rows);"
                            + " whole compare command with CSV output %.3f s (exit %d)%n",
                    round,
                    (read - start) / 1e9,
                    (compared - read) / 1e9,
                    (compared - start) / 1e9,
                    comparison.rows().size(),
                    (command - compared) / 1e9,
                    exit);
        }
    }
}
