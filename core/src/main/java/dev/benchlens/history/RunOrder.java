package dev.benchlens.history;

import java.util.Locale;

/** The order a history puts its runs in: by the times they record, or as given (e.g. commit order). */
public enum RunOrder {
    TIME,
    GIVEN;

    /** {@code time} or {@code given}, in any case; an {@link IllegalArgumentException} naming both otherwise. */
    public static RunOrder parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "time" -> TIME;
            case "given" -> GIVEN;
            default -> throw new IllegalArgumentException("expected time or given, found '" + word + "'");
        };
    }

    /** The word the command line takes: {@code time} or {@code given}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
