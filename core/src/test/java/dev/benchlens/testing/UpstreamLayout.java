package dev.benchlens.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files in the upstream project's own layout, from the field lists of its results and metadata (no upstream
 * data is copied): the Docker run's {@code benchmarks/docker_results/<YYYYMMDD-HHMMSS>/results.json} with its
 * {@code results.metadata.json}, and GitHub's {@code linux-arm64-benchmark-results.zip} holding
 * {@code linux_investigation/baseline_<mode>_<ts>.json} and {@code results/github-actions-arm64/latest.json}, each
 * with its {@code .metadata.json}. Like the upstream's, these record no sample count and no host facts but the
 * NumPy build text.
 */
public final class UpstreamLayout {

    public static final List<long[]> SHAPES =
            List.of(new long[] {512, 512}, new long[] {1024, 1024}, new long[] {2048, 2048});
    public static final List<String> DTYPES = List.of("float32", "float64");
    public static final List<String> OPERATIONS =
            List.of("sum", "mean", "mean_axis0", "mean_axis1", "broadcast_add", "scale");

    /** NumPy's show_config() text as the upstream stores it in numpy_config, from an ARM64 wheel. */
    public static final String NUMPY_CONFIG = """
            Build Dependencies:
              blas:
                detection method: pkgconfig
                found: true
                name: scipy-openblas
                openblas configuration: OpenBLAS 0.3.28 DYNAMIC_ARCH NO_AFFINITY neoversen1 MAX_THREADS=64
                version: 0.3.28
              lapack:
                name: scipy-openblas
                version: 0.3.28
            Machine Information:
              build:
                cpu: aarch64
                family: aarch64
                system: linux
              host:
                cpu: aarch64
                family: aarch64
                system: linux
            SIMD Extensions:
              baseline:
              - NEON
              - ASIMD
              found:
              - ASIMDHP
              not found:
              - SVE
            """;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UpstreamLayout() {}

    /** The time of one case and operation, in seconds, for numpy and the upstream kernel raptors. */
    public interface Times {
        double[] of(long[] shape, String dtype, String operation);
    }

    /** numpy at 20 GB/s, raptors {@code speedup} times faster, with 3% and 4% standard deviations. */
    public static Times speedup(double speedup) {
        return (shape, dtype, operation) -> {
            double numpy = shape[0] * shape[1] * (dtype.equals("float32") ? 4 : 8) / 20e9;
            return new double[] {numpy, numpy / speedup};
        };
    }

    /** The upstream script's results document: 36 cases of numpy against raptors. */
    public static ObjectNode results(String simdMode, Times times) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("metadata").put("simd_mode", simdMode);
        ArrayNode cases = root.putArray("cases");
        for (long[] shape : SHAPES) {
            for (String dtype : DTYPES) {
                ObjectNode c = cases.addObject();
                c.putArray("shape").add(shape[0]).add(shape[1]);
                c.put("dtype", dtype).put("elements", shape[0] * shape[1]).put("layout", "contiguous");
                ArrayNode ops = c.putArray("operations");
                for (String operation : OPERATIONS) {
                    double[] t = times.of(shape, dtype, operation);
                    ops.addObject()
                            .put("name", operation)
                            .put("description", operation)
                            .put("numpy_mean_s", t[0])
                            .put("numpy_std_s", t[0] * 0.03)
                            .put("raptors_mean_s", t[1])
                            .put("raptors_std_s", t[1] * 0.04)
                            .put("speedup", Math.round(t[0] / t[1] * 100) / 100.0);
                }
            }
        }
        return root;
    }

    /** The metadata sidecar: NumPy's version and build text, the mode, the RAPTORS_* variables, the time. */
    public static ObjectNode metadata(String simdMode, long epochSeconds) {
        ObjectNode m = JSON.createObjectNode();
        m.put("numpy_version", "2.1.3").put("numpy_config", NUMPY_CONFIG).put("simd_mode", simdMode);
        m.putObject("env").put("RAPTORS_THREADS", "4").put("RAPTORS_SIMD", simdMode);
        m.put("timestamp", epochSeconds);
        return m;
    }

    /** A Docker run as the upstream keeps it: {@code <root>/benchmarks/docker_results/<stamp>/results.json}. */
    public static Path dockerRun(Path root, String stamp, String simdMode, long epochSeconds, Times times)
            throws IOException {
        Path folder = root.resolve("benchmarks/docker_results").resolve(stamp);
        Files.createDirectories(folder);
        JSON.writeValue(folder.resolve("results.json").toFile(), results(simdMode, times));
        JSON.writeValue(folder.resolve("results.metadata.json").toFile(), metadata(simdMode, epochSeconds));
        return folder;
    }

    /** The Docker folder zipped as a user would send it, {@code benchmarks/docker_results/...} inside. */
    public static Path dockerZip(Path zip, String stamp, String simdMode, long epochSeconds, Times times)
            throws IOException {
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        String folder = "benchmarks/docker_results/" + stamp + "/";
        entries.put(folder + "results.json", results(simdMode, times));
        entries.put(folder + "results.metadata.json", metadata(simdMode, epochSeconds));
        return zip(zip, entries);
    }

    /**
     * GitHub's artifact: the three baseline runs (force, auto, disable, one minute apart) with the given kernel
     * speedups, and latest.json (auto).
     */
    public static Path githubArtifact(Path zip, String stamp, long epochSeconds, Map<String, Times> timesByMode)
            throws IOException {
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        long at = epochSeconds;
        for (Map.Entry<String, Times> mode : timesByMode.entrySet()) {
            String stem = "linux_investigation/baseline_" + mode.getKey() + "_" + stamp;
            entries.put(stem + ".json", results(mode.getKey(), mode.getValue()));
            entries.put(stem + ".metadata.json", metadata(mode.getKey(), at));
            at += 60;
        }
        Times auto =
                timesByMode.getOrDefault("auto", timesByMode.values().iterator().next());
        entries.put("results/github-actions-arm64/latest.json", results("auto", auto));
        entries.put("results/github-actions-arm64/latest.metadata.json", metadata("auto", at));
        return zip(zip, entries);
    }

    /** GitHub's artifact with the seed's expected speedups: forced SIMD 6.5x, auto 4.5x, disabled 1.2x. */
    public static Path githubArtifact(Path zip) throws IOException {
        Map<String, Times> modes = new LinkedHashMap<>();
        modes.put("force", speedup(6.5));
        modes.put("auto", speedup(4.5));
        modes.put("disable", speedup(1.2));
        return githubArtifact(zip, "20251117-164700", 1_763_398_020L, modes);
    }

    private static Path zip(Path zip, Map<String, ObjectNode> entries) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, ObjectNode> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(JSON.writeValueAsBytes(entry.getValue()));
                out.closeEntry();
            }
        }
        return zip;
    }
}
