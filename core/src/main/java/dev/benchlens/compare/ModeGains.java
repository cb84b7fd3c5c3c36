package dev.benchlens.compare;

import dev.benchlens.format.SimdMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Works out the seed's view, {@link ModeGain}, from a candidate's rows: one line per kernel run under a SIMD mode. */
final class ModeGains {

    private ModeGains() {}

    /**
     * {@code userBands} are the user's (none where they do not apply); without any, the seed's
     * ({@link ExpectedBands#SEED}) apply where the runs are known to be Docker against native.
     */
    static List<ModeGain> of(
            int candidateIndex, List<ComparisonRow> rows, ExpectedBands userBands, boolean dockerAndNative) {
        ExpectedBands bands = !userBands.byImplementation().isEmpty()
                ? userBands
                : dockerAndNative ? ExpectedBands.seed() : ExpectedBands.none();
        Map<String, List<ComparisonRow>> byKernel = new LinkedHashMap<>();
        for (ComparisonRow row : rows) {
            boolean kernel =
                    row.candidate().simdMode() != null && row.baseline().simdMode() != null;
            if (kernel
                    && row.ratio().basis() == RatioBasis.SPEEDUP
                    && row.ratio().value() > 0
                    && Double.isFinite(row.ratio().value())) {
                byKernel.computeIfAbsent(row.key().implementation(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<ModeGain> gains = new ArrayList<>();
        byKernel.forEach((implementation, kernelRows) -> {
            ComparisonRow first = kernelRows.getFirst();
            double[] logs = kernelRows.stream()
                    .mapToDouble(r -> Math.log(r.ratio().value()))
                    .toArray();
            GeomeanSummary improvement = Geomeans.summary(candidateIndex, implementation, logs);
            SimdMode mode = first.candidate().simdMode();
            Band band = bands.band(implementation, mode);
            gains.add(new ModeGain(
                    candidateIndex,
                    implementation,
                    first.candidate().speedupReference(),
                    first.baseline().simdMode(),
                    mode,
                    geomean(kernelRows.stream()
                            .mapToDouble(r -> r.baseline().speedup())
                            .toArray()),
                    geomean(kernelRows.stream()
                            .mapToDouble(r -> r.candidate().speedup())
                            .toArray()),
                    improvement,
                    band,
                    band == null ? BandVerdict.NO_BAND : band.verdict(improvement.geomean())));
        });
        return gains;
    }

    private static double geomean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += Math.log(v);
        }
        return Math.exp(sum / values.length);
    }
}
