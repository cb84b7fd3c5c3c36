package dev.benchlens.compare;

import dev.benchlens.format.SimdMode;

/**
 * The seed's "Expected Results" line for one candidate and one of its kernels: the kernel's speedup over the
 * reference in the baseline's environment and in the candidate's, and how much the candidate's environment improves
 * it, against the expected band of the kernel's SIMD mode.
 *
 * @param implementation   the project's kernel, e.g. {@code raptors}
 * @param baselineMode     the SIMD mode it ran in in the baseline; may differ from {@code candidateMode}
 * @param baselineSpeedup  geometric mean over the matched cases of its speedup over {@code reference}
 * @param improvement      geometric mean of the cases' ratios (candidate speedup / baseline speedup), with interval
 * @param band             the expected band, {@code null} when none applies
 */
public record ModeGain(
        int candidateIndex,
        String implementation,
        String reference,
        SimdMode baselineMode,
        SimdMode candidateMode,
        double baselineSpeedup,
        double candidateSpeedup,
        GeomeanSummary improvement,
        Band band,
        BandVerdict verdict) {

    public boolean modesDiffer() {
        return baselineMode != null && candidateMode != null && !baselineMode.equals(candidateMode);
    }
}
