package dev.benchlens.bandwidth;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-core memory bandwidth probe a run measures first and records in its metadata's {@code extra}, written and
 * read here only: {@code bandwidth_<read|readWrite>_<MiB>MiB_GBps}, in GB/s, as text for machines
 * ({@link Locale#ROOT}). Files in the upstream project's layout record none.
 */
public final class BandwidthProbe {

    /** The probe's sizes, its {@code mib} param, smallest first. */
    public static final List<Integer> PROBE_MIB = List.of(4, 16, 64);
    /** The read-only pass. */
    public static final String READ = "read";
    /** The copy, which touches its size twice. */
    public static final String READ_WRITE = "readWrite";

    private BandwidthProbe() {}

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
        if (value == null) {
            return null;
        }
        try {
            double gbps = Double.parseDouble(value);
            return gbps > 0 && Double.isFinite(gbps) ? gbps : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The bound (GB/s) for an operation that moves {@code bytes}: the probe of the same kind, read or read+write,
     * from the smallest probe that touches at least as many bytes (the copy touches twice its size), so that the
     * bound never comes from a probe that fits a cache level the operation's data does not; the largest probe when
     * none is big enough. {@code null} when the run recorded no such probe.
     */
    public static Double boundFor(Map<String, String> extra, boolean writes, long bytes) {
        int chosen = PROBE_MIB.getLast();
        for (int mib : PROBE_MIB.reversed()) {
            long touched = (long) mib * (1 << 20) * (writes ? 2 : 1);
            if (touched >= bytes) {
                chosen = mib;
            }
        }
        return read(extra, writes ? READ_WRITE : READ, chosen);
    }
}
