package dev.benchlens.bench.suite;

import dev.benchlens.bench.implementations.Implementation;
import java.util.Arrays;
import java.util.Objects;

/**
 * An entry of a plan's implementations: one implementation, or {@link #CANDIDATE}, which stands for the
 * implementation of the run's {@code BENCHLENS_SIMD} mode.
 *
 * @param fixed the implementation; {@code null} only for {@link #CANDIDATE}
 */
public record ImplementationChoice(Implementation fixed) {

    public static final ImplementationChoice CANDIDATE = new ImplementationChoice(null);

    public static ImplementationChoice of(Implementation implementation) {
        return new ImplementationChoice(Objects.requireNonNull(implementation));
    }

    /** {@code candidate} or an implementation's name; an {@link IllegalArgumentException} names both otherwise. */
    public static ImplementationChoice parse(String text) {
        if (text.trim().equalsIgnoreCase("candidate")) {
            return CANDIDATE;
        }
        try {
            return of(Implementation.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown implementation '" + text + "' (expected one of " + Arrays.toString(Implementation.values())
                            + " or candidate)",
                    e);
        }
    }

    /** The implementation this entry means in a run whose candidate is {@code candidate}. */
    public Implementation resolve(Implementation candidate) {
        return fixed == null ? candidate : fixed;
    }

    @Override
    public String toString() {
        return fixed == null ? "candidate" : fixed.label();
    }
}
