package dev.benchlens.bench.table;

import dev.benchlens.bandwidth.BandwidthProbe;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown table of {@code docs/performance.md} from one artifact that was run with {@code --bandwidth}: every
 * implementation's time, the candidate's bytes per second and share of the bandwidth probe measured in the same
 * run, and its ratio to NumPy, EJML and scalar. {@code ./benchlens table} prints it ({@link TableCommand}).
 */
final class PerformanceTable {

    private PerformanceTable() {}

    static String markdown(Run run, String candidate) {
        List<String> impls = new ArrayList<>();
        for (Case c : run.cases()) {
            for (Operation op : c.operations()) {
                op.measurements().forEach(m -> {
                    if (!impls.contains(m.implementation())) {
                        impls.add(m.implementation());
                    }
                });
            }
        }
        StringBuilder out = new StringBuilder("| operation | dtype | shape | layout |");
        impls.forEach(i -> out.append(' ').append(UntrustedText.markdown(i)).append(" µs |"));
        String shownCandidate = UntrustedText.markdown(candidate);
        out.append(' ')
                .append(shownCandidate)
                .append(" GB/s | % of bandwidth | numpy / ")
                .append(shownCandidate)
                .append(" | ejml / ")
                .append(shownCandidate)
                .append(" | scalar / ")
                .append(shownCandidate)
                .append(" |\n|");
        out.append("---|".repeat(4 + impls.size() + 5)).append('\n');
        Map<String, String> extra = run.metadata().extra();
        for (KernelOp kernelOp : KernelOp.values()) {
            for (Case c : run.cases()) {
                Optional<Operation> found = c.operations().stream()
                        .filter(o -> o.name().equals(kernelOp.label()))
                        .findFirst();
                if (found.isEmpty()) {
                    continue;
                }
                Operation op = found.get();
                out.append("| ")
                        .append(UntrustedText.markdown(op.name()))
                        .append(" | ")
                        .append(UntrustedText.markdown(c.dtype()))
                        .append(" | ")
                        .append(c.shape())
                        .append(" | ")
                        .append(UntrustedText.markdown(c.layout().label()))
                        .append(" |");
                for (String impl : impls) {
                    out.append(' ')
                            .append(op.measurement(impl)
                                    .map(m -> fmt(m.meanSeconds() * 1e6))
                                    .orElse("–"))
                            .append(" |");
                }
                Optional<Measurement> cand = op.measurement(candidate);
                long bytes = kernelOp.minimumBytes(c.shape().elements(), DType.parse(c.dtype()));
                if (cand.isPresent()) {
                    double gbps = bytes / cand.get().meanSeconds() / 1e9;
                    Double bound = probe(extra, kernelOp, bytes);
                    out.append(' ')
                            .append(fmt(gbps))
                            .append(" | ")
                            .append(bound == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * gbps / bound))
                            .append(" |");
                    for (String peer : List.of("numpy", "ejml", "scalar")) {
                        out.append(' ')
                                .append(op.measurement(peer)
                                        .map(p -> String.format(
                                                Locale.ROOT,
                                                "%.2f",
                                                p.meanSeconds() / cand.get().meanSeconds()))
                                        .orElse("–"))
                                .append(" |");
                    }
                } else {
                    out.append(" – | – | – | – | – |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The probe figure (GB/s) that bounds {@code op} moving {@code bytes} ({@link BandwidthProbe#boundFor}). */
    static Double probe(Map<String, String> extra, KernelOp op, long bytes) {
        boolean writes = op.minimumBytes(1, DType.FLOAT64) > DType.FLOAT64.bytes();
        return BandwidthProbe.boundFor(extra, writes, bytes);
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
