package dev.benchlens.compare;

import dev.benchlens.format.Run;
import dev.benchlens.format.SimdMode;
import dev.benchlens.match.Aliases;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.RunIndex;
import dev.benchlens.stats.SampleStats;
import java.util.ArrayList;
import java.util.List;

/** Summarises one run: each measurement's time, sample count, noise and speedup, names aliased as in comparisons. */
public final class RunSummarizer {

    private RunSummarizer() {}

    public static RunSummary summarize(Run run, Aliases aliases) {
        RunIndex index = RunIndex.of(run, aliases);
        List<SummaryRow> rows = new ArrayList<>(index.entries().size());
        for (KeyedMeasurement km : index.entries().values()) {
            SampleStats stats = SampleStats.of(km.measurement());
            RunSpeedup speedup = RunSpeedup.of(km);
            List<Warning> warnings = new ArrayList<>();
            RunComparator.sampleWarnings(stats, "run", warnings);
            RunComparator.speedupWarnings(speedup, "run", warnings);
            SimdMode mode = RunComparator.kernelMode(km, run.simdMode());
            rows.add(new SummaryRow(km.key(), RunComparator.values(stats, speedup, mode), warnings));
        }
        List<Warning> warnings = new ArrayList<>(RunComparator.runWarnings(index, "run"));
        return new RunSummary(run.identity(), run.metadata(), rows, warnings);
    }
}
