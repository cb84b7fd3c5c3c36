package dev.benchlens.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/** The expected ratio band of each implementation, given as {@code simd=25..80,auto=15..60}. */
public record ExpectedBands(Map<String, Band> byImplementation) {

    public ExpectedBands {
        byImplementation = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byImplementation));
    }

    public static ExpectedBands none() {
        return new ExpectedBands(Map.of());
    }

    /** Parses {@code impl=LOW..HIGH[,impl=LOW..HIGH...]}; throws with a message naming the bad part. */
    public static ExpectedBands parse(String text) {
        Map<String, Band> bands = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            int dots = item.indexOf("..");
            if (eq <= 0 || dots < eq) {
                throw new IllegalArgumentException("expected IMPL=LOW..HIGH (e.g. simd=25..80), found '" + item + "'");
            }
            try {
                double low = Double.parseDouble(item.substring(eq + 1, dots).strip());
                double high = Double.parseDouble(item.substring(dots + 2).strip());
                bands.put(item.substring(0, eq).strip(), new Band(low, high));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected numbers in IMPL=LOW..HIGH, found '" + item + "'");
            }
        }
        return new ExpectedBands(bands);
    }

    public BandVerdict verdict(String implementation, double ratio) {
        Band band = byImplementation.get(implementation);
        return band == null || !Double.isFinite(ratio) ? BandVerdict.NO_BAND : band.verdict(ratio);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        byImplementation.forEach((impl, band) -> sb.append(sb.isEmpty() ? "" : ",").append(impl).append('=').append(band));
        return sb.toString();
    }
}
