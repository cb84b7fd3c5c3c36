package dev.benchlens.compare;

import dev.benchlens.format.SimdMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The expected ratio band of each implementation, given as {@code simd=25..80,auto=15..60}. A project's own kernel
 * run under a SIMD mode (the upstream's {@code raptors}) takes the band of the implementation that mode stands for:
 * {@code force} that of {@code simd}, {@code auto} that of {@code auto}, {@code disable} that of {@code scalar}.
 */
public record ExpectedBands(Map<String, Band> byImplementation) {

    /**
     * The improvements the seed expects of native ARM64 over Docker: forced SIMD 25-80x, auto dispatch 15-60x.
     */
    public static final String SEED = "simd=25..80,auto=15..60";

    public ExpectedBands {
        byImplementation = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byImplementation));
    }

    public static ExpectedBands none() {
        return new ExpectedBands(Map.of());
    }

    /** Parses {@code impl=LOW..HIGH[,impl=LOW..HIGH...]}; throws with a message naming the bad part. */
    public static ExpectedBands parse(String text) {
        Map<String, Band> bands = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
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

    public static ExpectedBands seed() {
        return parse(SEED);
    }

    /** Whether these are the seed's Docker-to-native bands, however they were given. */
    public boolean sameAsSeed() {
        return byImplementation.equals(seed().byImplementation);
    }

    public BandVerdict verdict(String implementation, double ratio) {
        return verdict(implementation, null, ratio);
    }

    /** Where the ratio lies in the band of the implementation, or of what its SIMD mode stands for. */
    public BandVerdict verdict(String implementation, SimdMode simdMode, double ratio) {
        Band band = band(implementation, simdMode);
        return band == null || !Double.isFinite(ratio) ? BandVerdict.NO_BAND : band.verdict(ratio);
    }

    /** The band of the implementation, else of what its SIMD mode stands for; {@code null} when there is none. */
    public Band band(String implementation, SimdMode simdMode) {
        Band band = byImplementation.get(implementation);
        if (band != null || simdMode == null) {
            return band;
        }
        return byImplementation.get(simdMode.candidate());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        byImplementation.forEach((impl, band) ->
                sb.append(sb.isEmpty() ? "" : ",").append(impl).append('=').append(band));
        return sb.toString();
    }
}
