package dev.benchlens.read;

/** Says that Benchlens itself failed on a file, without the Java class names a user cannot act on. */
public final class Faults {

    private Faults() {}

    /** One line for a fault in a reader: it is ours, not the file's, so it asks for a report. */
    public static String describe(RuntimeException e) {
        String detail = e.getMessage() == null
                ? ""
                : ": " + e.getMessage().lines().findFirst().orElse("");
        return "Benchlens failed while reading it (a fault in Benchlens, please report it)" + detail;
    }
}
