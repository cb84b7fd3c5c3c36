package dev.benchlens.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * Times {@link RunLoader} on a folder of 10,000 upstream-format files (the figure in docs/results-format.md).
 * Not a test: run its {@code main} by hand, as that document says. Usage: {@code FolderLoadTiming FOLDER}; the
 * folder is filled first when it is empty.
 */
public final class FolderLoadTiming {

    private static final int FILES = 10_000;

    private FolderLoadTiming() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder) || isEmpty(folder)) {
            fill(folder);
        }
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            LoadResult result = new RunLoader().load(List.of(folder), LoadProgress.NONE);
            System.out.printf(
                    "load %d: %d runs, %d problems, %.2f s%n",
                    i, result.runs().size(), result.problems().size(), (System.nanoTime() - start) / 1e9);
        }
    }

    /** 10,000 files in 20 sub-folders, each with 6 cases of 3 operations. */
    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void fill(Path folder) throws IOException {
        StringJoiner cases = new StringJoiner(",\n");
        for (int n : new int[] {256, 512, 1024}) {
            for (String dtype : new String[] {"float32", "float64"}) {
                StringJoiner ops = new StringJoiner(",\n");
                for (String op : new String[] {"mean_axis0", "sum", "broadcast_add"}) {
                    ops.add("""
                                {"name": "%s", "description": "%s", "numpy_mean_s": 0.001, "numpy_std_s": 0.0001,
                                 "raptors_mean_s": 0.0005, "raptors_std_s": 0.00005, "speedup": 2.0}\
                            """.formatted(op, op));
                }
                cases.add("""
                          {"shape": [%d, %d], "dtype": "%s", "elements": %d, "layout": "contiguous",
                           "operations": [
                        %s]}""".formatted(n, n, dtype, n * n, ops));
            }
        }
        String document = "{\"metadata\": {\"simd_mode\": \"force\", \"numpy_version\": \"2.1.0\"},\n \"cases\": [\n"
                + cases + "]}\n";
        for (int i = 0; i < FILES; i++) {
            Path sub = Files.createDirectories(folder.resolve("batch" + (i % 20)));
            Files.writeString(sub.resolve("run" + i + ".json"), document);
        }
        System.out.printf("wrote %d files of %d bytes to %s%n", FILES, document.length(), folder);
    }
}
