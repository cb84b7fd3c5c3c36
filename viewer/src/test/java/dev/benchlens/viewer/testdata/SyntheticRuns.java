package dev.benchlens.viewer.testdata;

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
import dev.benchlens.format.Speedup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Made-up runs for tests and development screenshots: a Docker-style run and a native GitHub-style run whose
 * SIMD and auto implementations are a chosen factor faster. Clearly synthetic; never shown as real results.
 */
public final class SyntheticRuns {

    public static final List<String> OPERATIONS = List.of("sum", "mean_axis0", "add", "scale", "dot");
    public static final List<String> DTYPES = List.of("float32", "float64");
    public static final List<Shape> SHAPES =
            List.of(Shape.of(1024), Shape.of(256, 256), Shape.of(512, 512), Shape.of(1024, 1024), Shape.of(2048, 2048));
    public static final List<String> IMPLEMENTATIONS = List.of("scalar", "simd", "auto");

    private SyntheticRuns() {}

    /** Writes {@code synthetic-docker.json} and {@code synthetic-github-arm64.json} into {@code folder}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/synthetic-results");
        ArtifactJson.write(docker(), folder.resolve("synthetic-docker.json"));
        ArtifactJson.write(nativeArm(), folder.resolve("synthetic-github-arm64.json"));
        System.out.println("wrote synthetic runs to " + folder.toAbsolutePath());
    }

    public static Run docker() {
        return run(metadata("docker", "Neoverse-N1 (emulated, Docker)", 2, 128, true), 1.0, 11);
    }

    public static Run nativeArm() {
        return run(metadata("github-actions", "Neoverse-N2", 4, 256, false), 30.0, 22);
    }

    /**
     * A run of every (shape, dtype, operation) with the scalar time from a fixed model and SIMD/auto
     * {@code simdGain} times faster than the Docker-style baseline's.
     */
    public static Run run(RunMetadata metadata, double simdGain, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (Shape shape : SHAPES) {
            for (String dtype : DTYPES) {
                List<Operation> ops = new ArrayList<>();
                for (String op : OPERATIONS) {
                    double scalarUs = shape.elements()
                            * (dtype.equals("float64") ? 0.002 : 0.001)
                            * (1 + OPERATIONS.indexOf(op) * 0.3);
                    double gain = simdGain * (0.7 + 0.6 * random.nextDouble());
                    Measurement scalar = measurement("scalar", scalarUs, random);
                    Measurement simd = measurement("simd", scalarUs / (3 * gain), random);
                    Measurement auto = measurement("auto", scalarUs / (2 * gain), random);
                    ops.add(new Operation(
                            op,
                            op + " over the array",
                            List.of(scalar, simd, auto),
                            new Speedup("scalar", "simd", scalar.mean() / simd.mean())));
                }
                cases.add(new Case(shape, dtype, Layout.CONTIGUOUS, ops));
            }
        }
        return new Run("", metadata, cases, List.of());
    }

    /**
     * A run of {@code operations} operations (ten per case), each measured by {@code scalar} and {@code simd}, so
     * twice as many measurements, each with {@code samples} raw samples; for load timing.
     */
    public static Run large(String source, int operations, int samples, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        int perCase = 10;
        for (int c = 0; c < operations / perCase; c++) {
            List<Operation> ops = new ArrayList<>();
            for (int o = 0; o < perCase; o++) {
                Measurement scalar = measurement("scalar", 10 + random.nextDouble() * 100, samples, random);
                Measurement simd = measurement("simd", scalar.mean() / (2 + random.nextDouble() * 10), samples, random);
                ops.add(new Operation("op" + o, "", List.of(scalar, simd), null));
            }
            cases.add(new Case(Shape.of(64L + c), c % 2 == 0 ? "float32" : "float64", Layout.CONTIGUOUS, ops));
        }
        return new Run("", RunMetadata.ofSource(source), cases, List.of());
    }

    /** The run with the suite's name in its metadata, as every artifact {@code benchlens run} writes has. */
    public static Run asOurSuiteWrites(Run run) {
        return run.withMetadata(run.metadata().withExtra(Map.of("suite", "synthetic")));
    }

    private static Measurement measurement(String implementation, double meanUs, Random random) {
        return measurement(implementation, meanUs, 10, random);
    }

    private static Measurement measurement(String implementation, double meanUs, int n, Random random) {
        if (n == 0) {
            return new Measurement(implementation, "us", null, meanUs, null, null, null, List.of());
        }
        List<Double> raw = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double sample = meanUs * (1 + 0.03 * random.nextGaussian());
            raw.add(sample);
            sum += sample;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : raw) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double min = raw.stream().mapToDouble(Double::doubleValue).min().orElse(mean);
        return new Measurement(implementation, "us", n, mean, mean, min, sd, raw);
    }

    public static RunMetadata metadata(String source, String cpu, int cores, int vectorBits, boolean docker) {
        return new RunMetadata(
                RunSource.of(source),
                SimdMode.FORCE,
                new RunMetadata.Host("Linux", "aarch64", cpu, cores, 8L << 30),
                docker ? new RunMetadata.Container(true, 2.0, 4L << 30, List.of("/.dockerenv")) : null,
                new RunMetadata.Jvm("Eclipse Adoptium", "25.0.1", List.of("--add-modules=jdk.incubator.vector")),
                vectorBits,
                new RunMetadata.Blas(
                        "OpenBLAS", docker ? "OpenBLAS 0.3.26 NO_AFFINITY ARMV8" : "OpenBLAS 0.3.26 NEOVERSEN2", 1),
                Map.of("BENCHLENS_SIMD", "force"),
                new RunMetadata.Git("0123456789abcdef0123456789abcdef01234567", "refs/heads/main"),
                docker
                        ? null
                        : new RunMetadata.Ci("ubuntu-24.04-arm", "123456789", "https://example.invalid/runs/123456789"),
                Instant.parse(docker ? "2026-11-20T10:00:00Z" : "2026-11-20T11:30:00Z"),
                Instant.parse(docker ? "2026-11-20T10:20:00Z" : "2026-11-20T11:42:00Z"),
                new RunMetadata.Harness("jmh", "avgt", 3, "1 s", 5, "1 s", 1),
                Map.of());
    }

    /** Zips files into {@code zip} at the top level, as GitHub's artifact download does. */
    public static void zip(Path zip, List<Path> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }
}
