package dev.benchlens.compare;

/** A range [low, high] the ratio of an implementation is expected to fall in, e.g. 25..80. */
public record Band(double low, double high) {

    public Band {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a band needs low <= high, found " + low + ".." + high);
        }
    }

    public BandVerdict verdict(double ratio) {
        if (ratio < low) {
            return BandVerdict.BELOW;
        }
        return ratio > high ? BandVerdict.ABOVE : BandVerdict.INSIDE;
    }

    @Override
    public String toString() {
        return trim(low) + ".." + trim(high);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
