package dev.benchlens.read.jmh;

import dev.benchlens.read.json.BadInputException;

/**
 * A JMH score unit read as time per operation: {@code ns/op} is already one, {@code ops/ms} is inverted (a score
 * of 4 ops/ms is 0.25 ms per op). Units JMH has and the results format lacks ({@code min}, {@code hr}) are scaled
 * to seconds.
 *
 * @param timeUnit the results format's unit ({@code s}, {@code ms}, {@code us} or {@code ns})
 * @param scale    multiplies a time in JMH's unit to give one in {@code timeUnit}
 * @param inverted true for throughput units, whose values are operations per time
 */
record JmhUnit(String timeUnit, double scale, boolean inverted) {

    static JmhUnit parse(String scoreUnit) throws BadInputException {
        String[] parts = scoreUnit.split("/", -1);
        if (parts.length == 2 && parts[1].equals("op")) {
            return ofTime(parts[0], false, scoreUnit);
        }
        if (parts.length == 2 && parts[0].equals("ops")) {
            return ofTime(parts[1], true, scoreUnit);
        }
        throw new BadInputException("score unit '" + scoreUnit + "' is neither a time per operation (like ns/op)"
                + " nor a throughput (like ops/s)");
    }

    private static JmhUnit ofTime(String unit, boolean inverted, String scoreUnit) throws BadInputException {
        return switch (unit) {
            case "s", "ms", "us", "ns" -> new JmhUnit(unit, 1.0, inverted);
            case "µs" -> new JmhUnit("us", 1.0, inverted);
            case "min" -> new JmhUnit("s", 60.0, inverted);
            case "hr" -> new JmhUnit("s", 3600.0, inverted);
            default ->
                throw new BadInputException("score unit '" + scoreUnit + "' has an unknown time unit '" + unit + "'");
        };
    }

    /** A score or sample in JMH's unit as time per operation in {@link #timeUnit()}. */
    double toTimePerOp(double value) {
        return inverted ? scale / value : value * scale;
    }
}
