package dev.benchlens.format;

/** The time-per-operation units the format allows, and their size in seconds. */
public final class TimeUnits {

    private TimeUnits() {}

    public static double secondsPer(String unit) {
        return switch (unit) {
            case "s" -> 1.0;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            default ->
                throw new IllegalArgumentException("unknown time unit '" + unit + "' (expected s, ms, us or ns)");
        };
    }
}
