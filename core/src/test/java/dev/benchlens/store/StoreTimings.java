package dev.benchlens.store;

import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.format.Run;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.load.RunOpener;
import dev.benchlens.testing.SyntheticHistory;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The figures of docs/history.md: a history of {@code ARTIFACTS} weekly upstream-layout artifacts (three runs each,
 * 72 measurements a run), or with {@code full:RUNS} of RUNS runs of the full synthetic suite ({@link SyntheticHistory}:
 * 288 series, CV 3%, no step), read by re-reading the files, as before the store, and from the store, side by side in
 * one JVM. Leaves the store in {@code DIR/runs.db} for the explorer's timing ({@code StoredHistoryTimings}). Not a
 * test.
 *
 * <pre>java -cp ... dev.benchlens.store.StoreTimings DIR [ARTIFACTS | full:RUNS]</pre>
 */
public final class StoreTimings {

    private StoreTimings() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String what = args.length > 1 ? args[1] : "334";
        Path files = what.startsWith("full:") ? fullSuite(dir, Integer.parseInt(what.substring(5))) : weekly(dir, what);
        Path file = dir.resolve("runs.db");
        StoreFiles.deleteOwn(file);
        long start = System.nanoTime();
        int indexed;
        try (RunStore store = Stores.open(StoreAddress.ofFile(file), Stores.Refill.NONE, note -> {})) {
            List<Path> each;
            try (Stream<Path> listed = Files.list(files)) {
                each = listed.sorted().toList();
            }
            indexed = new Indexer(store, note -> {
                        throw new IllegalStateException(note);
                    })
                    .indexFiles(each, line -> {});
        }
        System.out.printf(Locale.ROOT, "indexed %d runs of %s in %.2f s%n", indexed, files, seconds(start));
        for (int round = 1; round <= 3; round++) {
            start = System.nanoTime();
            List<Run> fromFiles =
                    new RunOpener().open(List.of(files), (l, d, t) -> {}).runs();
            double readFiles = seconds(start);
            start = System.nanoTime();
            History fileHistory = Histories.of(fromFiles, HistoryOptions.defaults());
            double analyseFiles = seconds(start);

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

            double cliFiles = cli("history", "-q", "--store", "off", files.toString());
            double cliStore = cli("history", "-q", "--store", file.toString());
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d runs; files: read %.2f s + analysis %.2f s, history command %.2f s;"
                            + " store: read %.2f s + analysis %.2f s, history command %.2f s; same series: %b%n",
                    round,
                    fromStore.size(),
                    readFiles,
                    analyseFiles,
                    cliFiles,
                    readStore,
                    analyseStore,
                    cliStore,
                    fileHistory.series().size() == storeHistory.series().size());
        }
    }

    /** {@code artifacts} weekly upstream-layout zips under {@code dir/zips}, written once. */
    private static Path weekly(Path dir, String artifacts) throws IOException {
        Path zips = dir.resolve("zips");
        Files.createDirectories(zips);
        for (int week = 0; week < Integer.parseInt(artifacts); week++) {
            Path zip = zips.resolve(String.format(Locale.ROOT, "week-%04d.zip", week));
            if (!Files.exists(zip)) {
                WeeklyRuns.artifact(zip, week);
            }
        }
        return zips;
    }

    /** {@code runs} runs of the full synthetic suite under {@code dir/full-RUNS}, written once. */
    private static Path fullSuite(Path dir, int runs) throws IOException {
        Path folder = dir.resolve("full-" + runs);
        if (!Files.isDirectory(folder)) {
            new SyntheticHistory(runs, 0.03, 1).writeTo(folder);
        }
        return folder;
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
