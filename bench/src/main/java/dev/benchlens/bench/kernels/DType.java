package dev.benchlens.bench.kernels;

import java.util.Arrays;

/** The element types the kernels support. */
public enum DType {
    FLOAT32("float32", Float.BYTES),
    FLOAT64("float64", Double.BYTES),
    /** Sums are exact; means and scaled arrays are float64 and element-wise adds wrap, as in NumPy. */
    INT32("int32", Integer.BYTES);

    private final String label;
    private final int bytes;

    DType(String label, int bytes) {
        this.label = label;
        this.bytes = bytes;
    }

    /** The NumPy-style name used in artifacts and on the command line. */
    public String label() {
        return label;
    }

    public int bytes() {
        return bytes;
    }

    /** The element type of {@code scale}'s result: NumPy upcasts an int32 array times a float to float64. */
    public DType scaledType() {
        return this == INT32 ? FLOAT64 : this;
    }

    public static DType parse(String text) {
        for (DType d : values()) {
            if (d.label.equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dtype '" + text + "' (expected one of "
                + Arrays.stream(values()).map(DType::label).toList() + ")");
    }
}
