package dev.benchlens.bench.kernels;

import dev.benchlens.bandwidth.Traffic;
import java.util.Arrays;

/** The operations the suite measures, with the names artifacts use. */
public enum KernelOp {
    SUM("sum", "sum of all elements"),
    MEAN("mean", "mean of all elements"),
    MEAN_AXIS0("mean_axis0", "column means (reduce over rows)"),
    MEAN_AXIS1("mean_axis1", "row means (reduce over columns)"),
    BROADCAST_ADD("broadcast_add", "a + row vector, into a new array"),
    BROADCAST_ADD_OUT("broadcast_add_out", "a + row vector, into the caller's buffer (out=)"),
    SCALE("scale", "a * 1.0009765625, into a new array"),
    SCALE_OUT("scale_out", "a * 1.0009765625, into the caller's buffer (out=)");

    /** Exactly representable in float32, so every implementation multiplies by the same number. */
    public static final double SCALE_FACTOR = 1.0009765625;

    private final String label;
    private final String description;

    KernelOp(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Bytes the operation must move at least: the input read once plus any full-size output written once. */
    public long minimumBytes(long elements, DType dtype) {
        return Traffic.of(label, dtype.label(), elements).bytes();
    }

    public static KernelOp parse(String text) {
        for (KernelOp op : values()) {
            if (op.label.equalsIgnoreCase(text.trim())) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + text + "' (expected one of "
                + Arrays.stream(values()).map(KernelOp::label).toList() + ")");
    }
}
