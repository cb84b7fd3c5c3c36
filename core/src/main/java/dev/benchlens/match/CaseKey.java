package dev.benchlens.match;

import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import java.util.Comparator;
import java.util.Objects;

/** What a measurement is matched on across runs: the case (shape, dtype, layout), the operation and the implementation. */
public record CaseKey(Shape shape, String dtype, Layout layout, String operation, String implementation)
        implements Comparable<CaseKey> {

    private static final Comparator<CaseKey> ORDER = Comparator.comparing(CaseKey::shape)
            .thenComparing(CaseKey::dtype)
            .thenComparing(CaseKey::layout)
            .thenComparing(CaseKey::operation)
            .thenComparing(CaseKey::implementation);

    public CaseKey {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(implementation, "implementation");
    }

    /**
     * The case part alone, as a person reads it: {@code 512x512 float32} (layout only when not contiguous); empty for
     * a benchmark that is not about an array.
     */
    public String caseLabel() {
        return join(shape.toString(), dtype, layout.equals(Layout.CONTIGUOUS) ? "" : layout.label());
    }

    @Override
    public int compareTo(CaseKey other) {
        return ORDER.compare(this, other);
    }

    /** E.g. {@code 512x512 float32 sum [simd]}, or {@code org.acme.Bench.run[size=1000]} for a plain benchmark. */
    @Override
    public String toString() {
        return join(caseLabel(), operation, implementation.isEmpty() ? "" : "[" + implementation + "]");
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(part);
            }
        }
        return sb.toString();
    }
}
