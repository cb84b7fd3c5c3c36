package dev.benchlens.bench.suite;

import dev.benchlens.format.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The flags every benchmark JVM is started with; pinned here so that they are the same for every fork. */
public final class JvmFlags {

    /** Enough for a 2048x2048 float64 input, its output and a fresh result per call, with room to spare. */
    public static final String HEAP = "1g";

    private JvmFlags() {}

    public static List<String> forks() {
        return List.of(
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-Xms" + HEAP,
                "-Xmx" + HEAP,
                "-XX:+AlwaysPreTouch");
    }

    /** The JVM the forks run on, as a run records it: this JVM's vendor and version with the recorded flags. */
    public static RunMetadata.Jvm forkJvm(Map<String, String> env) {
        return new RunMetadata.Jvm(
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"), recorded(env));
    }

    /**
     * The flags to record for a run: the pinned ones, then any from {@code JAVA_TOOL_OPTIONS}, which every forked
     * JVM inherits too (e.g. {@code -XX:UseAVX=0} to measure without AVX).
     */
    public static List<String> recorded(Map<String, String> env) {
        List<String> flags = new ArrayList<>(forks());
        String toolOptions = env.getOrDefault("JAVA_TOOL_OPTIONS", "").strip();
        if (!toolOptions.isEmpty()) {
            flags.addAll(List.of(toolOptions.split("\\s+")));
        }
        return List.copyOf(flags);
    }
}
