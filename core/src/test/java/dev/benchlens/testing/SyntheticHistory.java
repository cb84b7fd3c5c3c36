package dev.benchlens.testing;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.Shape;
import dev.benchlens.format.SimdMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A history of runs in Benchlens's own format, as a CI would keep it in a flat folder ({@code run_0000.json}...):
 * 12 cases x 4 operations x 6 implementations = 288 series, each time drawn with lognormal noise of a given CV
 * around a fixed level, one run a day. Steps can be put into chosen series from a chosen run on, and the machine can
 * change (another CPU model and JDK, every time slower) from a chosen run on.
 */
public final class SyntheticHistory {

    public static final List<Long> SIDES = List.of(256L, 512L, 1024L, 2048L, 4096L, 8192L);
    public static final List<String> DTYPES = List.of("float32", "float64");
    public static final List<String> OPERATIONS = List.of("sum", "mean_axis0", "mean_axis1", "scale");
    public static final List<String> IMPLEMENTATIONS = List.of("numpy", "scalar", "simd", "blas", "ejml", "parallel");
    public static final int SERIES = SIDES.size() * DTYPES.size() * OPERATIONS.size() * IMPLEMENTATIONS.size();
    private static final long FIRST_DAY = 1_767_225_600L; // 2026-01-01 00:00 UTC

    /** From run {@code at} on, the times of one case, operation and implementation are {@code factor} times. */
    public record Step(int at, long side, String dtype, String operation, String implementation, double factor) {}

    /** From run {@code at} on, the runs are made on another CPU and JDK, and every time is {@code factor} times. */
    public record MachineChange(int at, double factor) {}

    private final int runs;
    private final double cv;
    private final long seed;
    private final List<Step> steps = new ArrayList<>();
    private MachineChange machineChange;

    public SyntheticHistory(int runs, double cv, long seed) {
        this.runs = runs;
        this.cv = cv;
        this.seed = seed;
    }

    /**
     * Writes a step-free history for measuring by hand: {@code RUNS CV SEED FOLDER}, e.g.
     * {@code 300 0.03 1 /tmp/history-300}.
     */
    public static void main(String[] args) throws IOException {
        Path folder = new SyntheticHistory(
                        Integer.parseInt(args[0]), Double.parseDouble(args[1]), Long.parseLong(args[2]))
                .writeTo(Path.of(args[3]));
        System.out.println(args[0] + " runs written to " + folder);
    }

    public SyntheticHistory step(Step step) {
        steps.add(step);
        return this;
    }

    public SyntheticHistory machineChange(MachineChange change) {
        machineChange = change;
        return this;
    }

    /** Every run, written as {@code folder/run_0000.json}...; returns the folder. */
    public Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < runs; i++) {
            ArtifactJson.write(run(i), folder.resolve(String.format(Locale.ROOT, "run_%04d.json", i)));
        }
        return folder;
    }

    /** Run {@code index}: the same for the same history and index, whatever else is drawn. */
    public Run run(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        boolean moved = machineChange != null && index >= machineChange.at();
        List<Case> cases = new ArrayList<>();
        for (long side : SIDES) {
            for (String dtype : DTYPES) {
                List<Operation> operations = new ArrayList<>();
                for (String operation : OPERATIONS) {
                    List<Measurement> measurements = new ArrayList<>();
                    for (int impl = 0; impl < IMPLEMENTATIONS.size(); impl++) {
                        String implementation = IMPLEMENTATIONS.get(impl);
                        double micros = side * side / 1000.0 / (1 + impl) * Math.exp(sigma * random.nextGaussian());
                        micros *= moved ? machineChange.factor() : 1;
                        for (Step s : steps) {
                            boolean hit = index >= s.at()
                                    && s.side() == side
                                    && s.dtype().equals(dtype)
                                    && s.operation().equals(operation)
                                    && s.implementation().equals(implementation);
                            micros *= hit ? s.factor() : 1;
                        }
                        measurements.add(
                                new Measurement(implementation, "us", 5, micros, null, null, micros * 0.01, List.of()));
                    }
                    operations.add(new Operation(operation, operation, measurements, null));
                }
                cases.add(new Case(Shape.of(side, side), dtype, Layout.CONTIGUOUS, operations));
            }
        }
        return new Run("", metadata(index, moved), cases, List.of());
    }

    private static RunMetadata metadata(int index, boolean moved) {
        var host = new RunMetadata.Host(
                "Linux", "aarch64", moved ? "Neoverse-V2" : "Neoverse-N1", 4, 16L * 1024 * 1024 * 1024);
        var jvm = new RunMetadata.Jvm("Eclipse Adoptium", moved ? "25.0.1" : "21.0.5", List.of());
        Instant started = Instant.ofEpochSecond(FIRST_DAY + index * 86_400L);
        return new RunMetadata(
                RunSource.GITHUB_ACTIONS,
                SimdMode.AUTO,
                host,
                null,
                jvm,
                128,
                null,
                Map.of("BENCHLENS_SIMD", "auto"),
                null,
                new RunMetadata.Ci("ubuntu-24.04-arm", String.valueOf(1000 + index), null),
                started,
                started.plusSeconds(600),
                null,
                Map.of());
    }
}
