package dev.benchlens.bandwidth;

import java.util.Locale;
import java.util.Set;

/**
 * The least memory traffic of the suite's operations: the input read once, plus the full-size output written once
 * by the element-wise ones. Reductions write a number or one vector, which is left out. Operations and dtypes the
 * suite does not know have no traffic.
 *
 * @param bytes  bytes moved at least
 * @param writes whether the operation writes a full-size array (its bound is the read+write probe)
 */
public record Traffic(long bytes, boolean writes) {

    private static final Set<String> REDUCTIONS = Set.of("sum", "mean", "mean_axis0", "mean_axis1");
    private static final Set<String> ELEMENTWISE = Set.of("broadcast_add", "broadcast_add_out", "scale", "scale_out");

    /** The traffic of {@code operation} on {@code elements} elements of {@code dtype}, or {@code null} if unknown. */
    public static Traffic of(String operation, String dtype, long elements) {
        Integer in = elementBytes(dtype);
        String op = operation.toLowerCase(Locale.ROOT);
        if (in == null || elements <= 0) {
            return null;
        }
        if (REDUCTIONS.contains(op)) {
            return new Traffic(elements * in, false);
        }
        if (ELEMENTWISE.contains(op)) {
            // int32 scaled by a fraction gives float64, as in NumPy
            int out = op.startsWith("scale") && dtype.equalsIgnoreCase("int32") ? Double.BYTES : in;
            return new Traffic(elements * (in + out), true);
        }
        return null;
    }

    private static Integer elementBytes(String dtype) {
        return switch (dtype.toLowerCase(Locale.ROOT)) {
            case "float32", "int32" -> 4;
            case "float64", "int64" -> 8;
            default -> null;
        };
    }
}
