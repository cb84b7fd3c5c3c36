package dev.benchlens.io;

import java.util.Locale;

/** Byte counts as people read them: {@code 1 GiB}, {@code 256 MiB}, {@code 300.5 MiB}, {@code 900 bytes}. */
public final class ByteSizes {

    private static final String[] UNITS = {"GiB", "MiB", "KiB"};
    private static final long[] SIZES = {1L << 30, 1L << 20, 1L << 10};

    private ByteSizes() {}

    public static String describe(long bytes) {
        for (int i = 0; i < UNITS.length; i++) {
            if (bytes >= SIZES[i]) {
                return bytes % SIZES[i] == 0
                        ? bytes / SIZES[i] + " " + UNITS[i]
                        : String.format(Locale.ROOT, "%.1f %s", (double) bytes / SIZES[i], UNITS[i]);
            }
        }
        return bytes + " bytes";
    }
}
