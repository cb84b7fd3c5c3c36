package dev.benchlens.bench.suite;

import java.util.List;

/** The flags every benchmark JVM is started with; pinned here so that they are the same for every fork. */
public final class JvmFlags {

    /** Enough for a 2048x2048 float64 input, its output and a fresh result per call, with room to spare. */
    public static final String HEAP = "1g";

    private JvmFlags() {
    }

    public static List<String> forks() {
        return List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+AlwaysPreTouch");
    }
}
