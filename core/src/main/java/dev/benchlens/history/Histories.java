package dev.benchlens.history;

import dev.benchlens.compare.RatioBasis;
import dev.benchlens.compare.RunSpeedup;
import dev.benchlens.format.Fact;
import dev.benchlens.format.Interval;
import dev.benchlens.format.Run;
import dev.benchlens.identity.BaselineChoice;
import dev.benchlens.identity.RunNames;
import dev.benchlens.match.CaseKey;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.RunIndex;
import dev.benchlens.stats.LogSpread;
import dev.benchlens.stats.SampleStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link History} from runs: a pure function of parsed runs, as a comparison is. */
public final class Histories {

    private Histories() {}

    public static History of(List<Run> runs, HistoryOptions options) {
        List<Run> named = RunNames.distinct(runs);
        List<Run> ordered = options.givenOrder()
                ? named
                : named.stream().sorted(BaselineChoice.CHRONOLOGICAL).toList();
        List<String> warnings = new ArrayList<>();
        long untimed = ordered.stream()
                .filter(r -> r.identity().value(Fact.STARTED) == null)
                .count();
        if (!options.givenOrder() && untimed > 0) {
            warnings.add(untimed + " run(s) record no time and are placed last, by name; give --order given to keep"
                    + " the order of the arguments");
        }
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run run : ordered) {
            groups.computeIfAbsent(group(run), g -> new ArrayList<>()).add(run);
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<Run>> group : groups.entrySet()) {
            if (group.getValue().size() < 2 * EDivisive.MIN_SIDE) {
                warnings.add(group.getKey() + ": " + group.getValue().size() + " run(s), too few to find a change ("
                        + 2 * EDivisive.MIN_SIDE + " needed)");
            }
            series.addAll(seriesOf(group.getKey(), group.getValue(), options));
        }
        return new History(series, ordered.size(), warnings, options.detection());
    }

    /** Runs are comparable when they ran in the same environment, on the same runner, mode and kind of file. */
    public static String group(Run run) {
        List<String> parts = new ArrayList<>();
        String runner = run.identity().value(Fact.RUNNER);
        parts.add(run.identity().environment().label() + (runner == null ? "" : " " + runner));
        if (run.simdMode() != null) {
            parts.add(run.simdMode());
        }
        parts.add(RunNames.fileKind(run));
        return String.join(" · ", parts);
    }

    private static List<Series> seriesOf(String group, List<Run> runs, HistoryOptions options) {
        Map<CaseKey, List<Measured>> byKey = new TreeMap<>();
        for (Run run : runs) {
            RunIndex index = RunIndex.of(run, options.compare().aliases());
            for (KeyedMeasurement km : index.entries().values()) {
                byKey.computeIfAbsent(km.key(), k -> new ArrayList<>()).add(new Measured(run, km, RunSpeedup.of(km)));
            }
        }
        List<Series> series = new ArrayList<>(byKey.size());
        for (Map.Entry<CaseKey, List<Measured>> entry : byKey.entrySet()) {
            series.add(series(group, entry.getKey(), entry.getValue(), options));
        }
        return series;
    }

    private static Series series(String group, CaseKey key, List<Measured> measured, HistoryOptions options) {
        String reference = measured.getFirst().speedup() == null
                ? null
                : measured.getFirst().speedup().reference();
        boolean speedup = reference != null
                && measured.stream()
                        .allMatch(m ->
                                m.speedup() != null && m.speedup().reference().equals(reference));
        Integer assumed = options.compare().assumedSamples();
        List<SeriesPoint> points = new ArrayList<>(measured.size());
        double[] logs = new double[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            Measured m = measured.get(i);
            SeriesPoint point = point(m.run(), m.km(), speedup ? m.speedup() : null, assumed);
            points.add(point);
            logs[i] = Math.log(point.value());
        }
        List<Change> changes = new ArrayList<>();
        for (Split split : EDivisive.detect(logs, options.detection())) {
            changes.add(new Change(
                    split.index(),
                    points.get(split.index()).run(),
                    split.ratio(),
                    split.interval(options.detection().level()),
                    split.pValue(),
                    split.nBefore(),
                    split.nAfter()));
        }
        return new Series(
                group,
                key,
                speedup ? RatioBasis.SPEEDUP : RatioBasis.TIME,
                speedup ? reference : null,
                points,
                changes);
    }

    /**
     * A run's point: its speedup when {@code speedup} is given, else its operations per second, with the run's own
     * interval when its sample counts are known (or assumed).
     */
    public static SeriesPoint point(Run run, KeyedMeasurement km, RunSpeedup speedup, Integer assumed) {
        SampleStats stats = SampleStats.of(km.measurement(), km.measurement().rawSeconds(), assumed);
        double value;
        LogSpread spread;
        if (speedup != null) {
            value = speedup.value();
            SampleStats ref = speedup.referenceMeasurement() == null
                    ? null
                    : SampleStats.of(
                            speedup.referenceMeasurement(),
                            speedup.referenceMeasurement().rawSeconds(),
                            assumed);
            spread = LogSpread.of(Arrays.asList(stats, ref));
        } else {
            value = 1 / stats.meanSeconds();
            spread = LogSpread.of(List.of(stats));
        }
        Interval ci = spread == null ? null : spread.interval95(value);
        return new SeriesPoint(run.identity(), run.origin(), value, ci, stats.meanSeconds());
    }

    private record Measured(Run run, KeyedMeasurement km, RunSpeedup speedup) {}
}
