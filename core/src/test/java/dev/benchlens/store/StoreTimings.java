package dev.benchlens.store;

import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.format.Run;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.load.RunOpener;
import dev.benchlens.testing.WeeklyRuns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The figures of docs/history.md: a history of {@code ARTIFACTS} weekly upstream-layout artifacts (three runs each)
 * read by re-reading the zips, as before the store, and from the store, side by side in one JVM. Not a test.
 *
 * <pre>java -cp ... dev.benchlens.store.StoreTimings DIR [ARTIFACTS]</pre>
 */
public final class StoreTimings {

    private StoreTimings() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int artifacts = args.length > 1 ? Integer.parseInt(args[1]) : 334;
        Path zips = dir.resolve("zips");
        Files.createDirectories(zips);
        for (int week = 0; week < artifacts; week++) {
            Path zip = zips.resolve(String.format(Locale.ROOT, "week-%04d.zip", week));
            if (!Files.exists(zip)) {
                WeeklyRuns.artifact(zip, week);
            }
        }
        Path file = dir.resolve("runs.db");
        StoreFiles.deleteOwn(file);
        long start = System.nanoTime();
        int indexed;
        try (RunStore store = Stores.open(StoreAddress.ofFile(file), Stores.Refill.NONE, note -> {})) {
            indexed = Rebuild.fromCache(store, zips, line -> {});
        }
        System.out.printf(
                Locale.ROOT, "indexed %d runs of %d artifacts in %.2f s%n", indexed, artifacts, seconds(start));
        for (int round = 1; round <= 3; round++) {
            start = System.nanoTime();
            List<Run> fromZips =
                    new RunOpener().open(List.of(zips), (l, d, t) -> {}).runs();
            double readZips = seconds(start);
            start = System.nanoTime();
            History zipHistory = Histories.of(fromZips, HistoryOptions.defaults());
            double analyseZips = seconds(start);

            start = System.nanoTime();
            List<Run> fromStore;
            try (RunStore store = Stores.open(StoreAddress.ofFile(file), Stores.Refill.NONE, note -> {})) {
                fromStore =
                        store.runs(RunFilter.ALL).stream().map(IndexedRun::run).toList();
            }
            double readStore = seconds(start);
            start = System.nanoTime();
            History storeHistory = Histories.of(fromStore, HistoryOptions.defaults());
            double analyseStore = seconds(start);

            double cliZips = cli("history", "-q", "--store", "off", zips.toString());
            double cliStore = cli("history", "-q", "--store", file.toString());
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d runs; zips: read %.2f s + analysis %.2f s, history command %.2f s;"
                            + " store: read %.2f s + analysis %.2f s, history command %.2f s; same series: %b%n",
                    round,
                    fromStore.size(),
                    readZips,
                    analyseZips,
                    cliZips,
                    readStore,
                    analyseStore,
                    cliStore,
                    zipHistory.series().size() == storeHistory.series().size());
        }
    }

    private static double cli(String... args) {
        long start = System.nanoTime();
        int code = BenchlensCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        if (code != 0) {
            throw new IllegalStateException("history exited " + code);
        }
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
