package dev.benchlens.viewer.charts;

import dev.benchlens.match.CaseKey;

/** How charts name a case: operation first, as people ask about it ({@code mean_axis0 float32 2048x2048}). */
final class CaseNames {

    private CaseNames() {}

    static String of(CaseKey key) {
        StringBuilder name = new StringBuilder(key.operation());
        for (String part :
                new String[] {key.dtype(), key.shape().toString(), "contiguous".equals(key.layout()) ? "" : key.layout()
                }) {
            if (!part.isEmpty()) {
                name.append(' ').append(part);
            }
        }
        return key.implementation().isEmpty() ? name.toString() : name + " [" + key.implementation() + "]";
    }
}
