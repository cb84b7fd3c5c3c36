package dev.benchlens.report;

import dev.benchlens.format.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read in tables: times with a fitting unit, ratios and changes to three significant digits. */
public final class NumberText {

    private static final String[] UNITS = {"ns", "µs", "ms", "s"};
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private NumberText() {}

    /** A time in seconds as e.g. {@code 1.23 ms} or {@code 450 ns}; {@code -} when not a finite number. */
    public static String time(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        if (Math.abs(seconds) >= 1) {
            return sig3(seconds) + " " + UNITS[UNITS.length - 1]; // scaling to nanoseconds first could overflow
        }
        int unit = 0;
        double scaled = seconds * 1e9;
        while (unit < UNITS.length - 1 && Math.abs(round3(scaled)) >= 1000) {
            scaled /= 1000;
            unit++;
        }
        return sig3(scaled) + " " + UNITS[unit];
    }

    /** A ratio or speedup as e.g. {@code 33.2x}; {@code -} when unknown. */
    public static String times(Double value) {
        return value == null || !Double.isFinite(value) ? "-" : sig3(value) + "x";
    }

    /** An interval of ratios as {@code [28.1, 39.0]}; {@code -} when unknown. */
    public static String interval(Interval interval) {
        return interval == null ? "-" : "[" + sig3(interval.low()) + ", " + sig3(interval.high()) + "]";
    }

    /** A signed percentage with one decimal, e.g. {@code +12.3%}. */
    public static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.1f%%", value) : "-";
    }

    /**
     * A p-value with two significant digits, e.g. {@code p=0.0079}, or {@code p=3.1e-12} below 0.0001; empty when
     * not tested.
     */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 1e-4
                ? String.format(Locale.ROOT, "p=%.1e", p)
                : "p="
                        + new BigDecimal(p)
                                .round(new MathContext(2))
                                .stripTrailingZeros()
                                .toPlainString();
    }

    /**
     * A value to three significant digits without an exponent, e.g. {@code 0.152} or {@code 1230}; beyond a
     * billion or below a billionth, where plain digits would fill a line, with one ({@code 1.00e+308}).
     */
    public static String sig3(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9 || (magnitude < 1e-9 && magnitude > 0)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        if (rounded.precision() < 3) {
            rounded = rounded.setScale(rounded.scale() + 3 - rounded.precision());
        }
        return rounded.toPlainString();
    }

    private static double round3(double value) {
        return value == 0 ? 0 : new BigDecimal(value).round(THREE_DIGITS).doubleValue();
    }
}
