package dev.benchlens.bench.kernels;

import java.util.Arrays;

/** The operations the suite measures, with the names artifacts use. */
public enum KernelOp {
    SUM("sum", "sum of all elements", 1, 0),
    MEAN("mean", "mean of all elements", 1, 0),
    MEAN_AXIS0("mean_axis0", "column means (reduce over rows)", 1, 0),
    MEAN_AXIS1("mean_axis1", "row means (reduce over columns)", 1, 0),
    BROADCAST_ADD("broadcast_add", "a + row vector, into a new array", 1, 1),
    BROADCAST_ADD_OUT("broadcast_add_out", "a + row vector, into the caller's buffer (out=)", 1, 1),
    SCALE("scale", "a * 1.0009765625, into a new array", 1, 1),
    SCALE_OUT("scale_out", "a * 1.0009765625, into the caller's buffer (out=)", 1, 1);

    /** Exactly representable in float32, so every implementation multiplies by the same number. */
    public static final double SCALE_FACTOR = 1.0009765625;

    private final String label;
    private final String description;
    private final int arraysRead;
    private final int arraysWritten;

    KernelOp(String label, String description, int arraysRead, int arraysWritten) {
        this.label = label;
        this.description = description;
        this.arraysRead = arraysRead;
        this.arraysWritten = arraysWritten;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Bytes the operation must move at least: the input read once plus any full-size output written once. */
    public long minimumBytes(long elements, DType dtype) {
        DType written = this == SCALE || this == SCALE_OUT ? dtype.scaledType() : dtype;
        return arraysRead * elements * dtype.bytes() + arraysWritten * elements * written.bytes();
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
