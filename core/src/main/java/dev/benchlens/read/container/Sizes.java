package dev.benchlens.read.container;

/** Byte counts as people read them: {@code 1 GiB}, {@code 256 MiB}, {@code 900 bytes}. */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        long[] sizes = {1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + " " + units[i];
            }
        }
        return bytes + " bytes";
    }
}
