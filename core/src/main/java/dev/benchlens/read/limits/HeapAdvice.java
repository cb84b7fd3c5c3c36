package dev.benchlens.read.limits;

import java.util.Locale;

/** Says how large this JVM's heap is and how to give it more, for the messages of limits that follow the heap. */
public final class HeapAdvice {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private HeapAdvice() {}

    /** {@code 4 GB}, or {@code 512 MB}: the heap this JVM may use. */
    public static String heap() {
        long bytes = Runtime.getRuntime().maxMemory();
        return bytes >= GIB
                ? String.format(Locale.ROOT, "%.0f GB", bytes / GIB)
                : String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }

    /** How to run with twice the heap, e.g. {@code JAVA_TOOL_OPTIONS=-Xmx8g}. */
    public static String howToRaise() {
        long gib = Math.max(1, Math.round(2 * Runtime.getRuntime().maxMemory() / GIB));
        return "set JAVA_TOOL_OPTIONS=-Xmx" + gib + "g to raise it";
    }

    /** Appended to a limit that follows the heap. */
    public static String raiseHint() {
        return " (the limit follows this JVM's " + heap() + " heap; " + howToRaise() + ")";
    }

    /** What a file that exhausted the heap while it was read is told. */
    public static String tooLarge() {
        return "too large for this JVM's " + heap() + " heap; it was not read (" + howToRaise() + ")";
    }
}
