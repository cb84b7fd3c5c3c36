package dev.benchlens.bench.kernels;

/** The element types the kernels support. */
public enum DType {
    FLOAT32("float32", Float.BYTES),
    FLOAT64("float64", Double.BYTES);

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

    public static DType parse(String text) {
        for (DType d : values()) {
            if (d.label.equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dtype '" + text + "' (expected float32 or float64)");
    }
}
