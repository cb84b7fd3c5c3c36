package dev.benchlens.bench.jmh;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@link BandwidthBenchmark} as a run records them in its metadata's {@code extra}, written and read
 * here only: {@code bandwidth_<read|readWrite>_<MiB>MiB_GBps}, in GB/s, as text for machines ({@link Locale#ROOT}).
 */
public final class BandwidthFigures {

    /** The probe's sizes, its {@code mib} param, smallest first. */
    public static final List<Integer> PROBE_MIB = List.of(4, 16, 64);
    /** The read-only pass, {@link BandwidthBenchmark#read}. */
    public static final String READ = "read";
    /** The copy, {@link BandwidthBenchmark#readWrite}, which touches its size twice. */
    public static final String READ_WRITE = "readWrite";

    private BandwidthFigures() {}

    public static String key(String method, int mib) {
        return "bandwidth_" + method + "_" + mib + "MiB_GBps";
    }

    /** {@code gbps} as recorded: two decimals, a point whatever the default locale. */
    public static String text(double gbps) {
        return String.format(Locale.ROOT, "%.2f", gbps);
    }

    /** The recorded figure of {@code method} over {@code mib} MiB in GB/s, or {@code null} when the run has none. */
    public static Double read(Map<String, String> extra, String method, int mib) {
        String value = extra.get(key(method, mib));
        return value == null ? null : Double.parseDouble(value);
    }
}
