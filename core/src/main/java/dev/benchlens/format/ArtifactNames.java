package dev.benchlens.format;

/**
 * The one place for how a run's files are named: {@code <name>.json} (the run), {@code <name>.metadata.json} (its
 * metadata sidecar, the upstream script's convention, which a fetched zip's run facts follow too) and
 * {@code <name>.jmh.json} (JMH's raw output, which {@code benchlens run} keeps beside the artifact).
 */
public final class ArtifactNames {

    public static final String RUN_SUFFIX = ".json";
    public static final String SIDECAR_SUFFIX = ".metadata.json";
    public static final String RAW_JMH_SUFFIX = ".jmh.json";
    /** How {@code benchlens ab} made the two runs beside it: seed, order, every fork's samples, verdicts. */
    public static final String AB_RECORD_SUFFIX = ".ab.json";
    /** The {@code format} such a record declares, by which readers know it (never by its name). */
    public static final String AB_RECORD_FORMAT = "benchlens-ab";

    private ArtifactNames() {}

    public static String run(String name) {
        return name + RUN_SUFFIX;
    }

    public static String sidecar(String name) {
        return name + SIDECAR_SUFFIX;
    }

    public static String rawJmh(String name) {
        return name + RAW_JMH_SUFFIX;
    }

    /**
     * Whether {@code fileName} is a run's companion (its metadata sidecar, JMH's raw output or an interleaved run's
     * record), not a run.
     */
    public static boolean isCompanion(String fileName) {
        return fileName.endsWith(SIDECAR_SUFFIX)
                || fileName.endsWith(RAW_JMH_SUFFIX)
                || fileName.endsWith(AB_RECORD_SUFFIX);
    }

    /** {@code fileName} without {@code suffix}; the name itself when it does not end so. */
    public static String stem(String fileName, String suffix) {
        return fileName.endsWith(suffix) ? fileName.substring(0, fileName.length() - suffix.length()) : fileName;
    }
}
