package dev.benchlens.bench.suite;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.Run;
import dev.benchlens.format.SimdMode;
import dev.benchlens.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a run's files go, named as {@link ArtifactNames} says: the artifact, its metadata alone and JMH's raw
 * output. Every file is written through a temporary file and a rename.
 */
public final class ArtifactFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String name;

    private ArtifactFiles(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /**
     * The files for a run of {@code suite}: {@code latest} for {@code axis0} in the default SIMD mode {@code auto},
     * whose purpose is to be replaced by the newest comparison ({@code latest_force}, {@code latest_disable} for the
     * other modes, so that CI's three modes sit side by side); {@code <suite>_<mode>_<UTC time>} otherwise, with a counter added rather than replacing
     * a file that exists.
     */
    static ArtifactFiles choose(Path dir, String suite, SimdMode simdMode, Instant started) {
        if (suite.equals("axis0")) {
            return new ArtifactFiles(dir, simdMode.equals(SimdMode.AUTO) ? "latest" : "latest_" + simdMode.label());
        }
        String base = suite + "_" + simdMode.label() + "_" + STAMP.format(started);
        String candidate = base;
        for (int n = 2; new ArtifactFiles(dir, candidate).anyExists(); n++) {
            candidate = base + "_" + n;
        }
        return new ArtifactFiles(dir, candidate);
    }

    /** The files of a run named {@code name} in {@code dir}. */
    public static ArtifactFiles named(Path dir, String name) {
        return new ArtifactFiles(dir, name);
    }

    private boolean anyExists() {
        return Files.exists(artifact()) || Files.exists(metadata()) || Files.exists(jmh());
    }

    public Path artifact() {
        return dir.resolve(ArtifactNames.run(name));
    }

    Path metadata() {
        return dir.resolve(ArtifactNames.sidecar(name));
    }

    Path jmh() {
        return dir.resolve(ArtifactNames.rawJmh(name));
    }

    /** Writes the run, its metadata and JMH's raw output (none when {@code jmhJson} is null). */
    public void write(Run run, String jmhJson) throws IOException {
        Files.createDirectories(dir);
        if (jmhJson != null) {
            atomically(jmh(), jmhJson);
        }
        atomically(metadata(), ArtifactJson.mapper().writeValueAsString(run.metadata()));
        ArtifactJson.write(run, artifact());
    }

    private static void atomically(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }
}
