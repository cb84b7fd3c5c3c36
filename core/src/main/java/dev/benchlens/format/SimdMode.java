package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The SIMD mode a run used ({@code BENCHLENS_SIMD}, the upstream's {@code simd_mode}): one of the three that
 * Benchlens knows, or whatever else a file recorded, kept exactly as written so that nothing is lost or renamed.
 * Compare modes with {@link #equals}; a mode read from a file is not one of the constants' instances.
 */
public record SimdMode(@JsonValue String label) {

    /** The Vector API where it pays: the default. */
    public static final SimdMode AUTO = new SimdMode("auto");
    /** The Vector API always. */
    public static final SimdMode FORCE = new SimdMode("force");
    /** Never the Vector API. */
    public static final SimdMode DISABLE = new SimdMode("disable");
    /** The modes Benchlens knows, the default first. */
    public static final List<SimdMode> KNOWN = List.of(AUTO, FORCE, DISABLE);

    public SimdMode {
        Objects.requireNonNull(label, "label");
    }

    /** The mode recorded as {@code label}; {@code null} when nothing was recorded. */
    @JsonCreator
    public static SimdMode of(String label) {
        return label == null ? null : new SimdMode(label);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * The implementation a run in this mode measures as its candidate: {@code simd} when forced, {@code scalar} when
     * disabled, {@code auto} in auto; an unknown mode stands for the implementation of its own name.
     */
    public String candidate() {
        if (equals(FORCE)) {
            return "simd";
        }
        return equals(DISABLE) ? "scalar" : label;
    }

    @Override
    public String toString() {
        return label;
    }
}
