package dev.benchlens.bench.kernels;

/** How a logical {@code rows x cols} matrix sits in its storage array. */
public enum Layout {
    /** Row-major: element (r, c) at {@code r * cols + c}. */
    CONTIGUOUS("contiguous"),
    /** The transposed view of a row-major {@code cols x rows} array: element (r, c) at {@code c * rows + r}. */
    TRANSPOSED("transposed");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    /** The name used in artifacts and on the command line. */
    public String label() {
        return label;
    }

    /** This layout as core's model and the artifacts record it. */
    public dev.benchlens.format.Layout recorded() {
        return dev.benchlens.format.Layout.of(label);
    }

    public static Layout parse(String text) {
        for (Layout l : values()) {
            if (l.label.equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + text + "' (expected contiguous or transposed)");
    }
}
