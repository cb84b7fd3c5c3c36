package dev.benchlens.compare;

import dev.benchlens.bandwidth.BandwidthShare;
import java.util.List;

/**
 * What each run's machine allowed a row's kernel: its share of its own run's bandwidth probe on each side, and the
 * differences the two runs recorded that bear on it (threads, CPU quota, vector width, BLAS core, NumPy's SIMD).
 *
 * @param baseline  the baseline's bandwidth share; {@code null} when its run has no probe or the operation no traffic
 * @param candidate the candidate's, alike
 * @param hints     e.g. {@code Docker had a CPU quota of 1.5; local 4 cores}
 */
public record MachineLimits(BandwidthShare baseline, BandwidthShare candidate, List<String> hints) {

    public MachineLimits {
        hints = List.copyOf(hints);
    }

    /** The limits, or {@code null} when there is nothing to say: no probe on either side and no difference. */
    static MachineLimits of(BandwidthShare baseline, BandwidthShare candidate, List<String> hints) {
        return baseline == null && candidate == null && hints.isEmpty()
                ? null
                : new MachineLimits(baseline, candidate, hints);
    }

    /**
     * E.g. {@code bandwidth: baseline 92% (41.2 GB/s), candidate 40% (18.0 GB/s) of its own run's probe; Docker had a
     * CPU quota of 1.5; local 4 cores}, or {@code bandwidth: both at 92% of their own run's probe (41.2, 40.9 GB/s)};
     * a side without a probe reads {@code no probe}.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (baseline != null && candidate != null && baseline.percent().equals(candidate.percent())) {
            out.append("bandwidth: both at ")
                    .append(baseline.percent())
                    .append(" of their own run's probe (")
                    .append(baseline.gbpsText())
                    .append(", ")
                    .append(candidate.gbpsText())
                    .append(" GB/s)");
        } else if (baseline != null || candidate != null) {
            out.append("bandwidth: baseline ")
                    .append(baseline == null ? "no probe" : baseline.text())
                    .append(", candidate ")
                    .append(candidate == null ? "no probe" : candidate.text())
                    .append(" of its own run's probe");
        }
        for (String hint : hints) {
            out.append(out.isEmpty() ? "" : "; ").append(hint);
        }
        return out.toString();
    }
}
