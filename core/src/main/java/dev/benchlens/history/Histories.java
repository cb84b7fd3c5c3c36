package dev.benchlens.history;

import dev.benchlens.compare.RatioBasis;
import dev.benchlens.compare.RunSpeedup;
import dev.benchlens.format.Fact;
import dev.benchlens.format.Interval;
import dev.benchlens.format.Run;
import dev.benchlens.identity.RunNames;
import dev.benchlens.identity.RunTimes;
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
        List<Run> ordered = options.order() == RunOrder.GIVEN
                ? named
                : named.stream().sorted(HistoryOrder.CHRONOLOGICAL).toList();
        List<String> warnings = new ArrayList<>();
        long untimed = ordered.stream().filter(r -> RunTimes.started(r) == null).count();
        if (options.order() == RunOrder.TIME && untimed > 0) {
            warnings.add(untimed + " run(s) record no time and are placed last, by name; give --order given to keep"
                    + " the order of the arguments");
        }
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run run : ordered) {
            groups.computeIfAbsent(group(run), g -> new ArrayList<>()).add(run);
        }
        int needed = options.detection().shortestTestable();
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<Run>> group : groups.entrySet()) {
            if (group.getValue().size() < needed) {
                warnings.add(group.getKey() + ": " + group.getValue().size() + " run(s), too few to find a change ("
                        + needed + " needed, --min-segment on each side)");
            }
            series.addAll(seriesOf(group.getKey(), group.getValue(), options));
        }
        return new History(series, ordered.size(), warnings, options.detection());
    }

    /**
     * Runs are comparable when they ran in the same kind of environment (Docker, GitHub, local) on the same
     * architecture and SIMD mode, and hold the same upstream role ({@code latest}, {@code baseline_auto},
     * {@code results}). Never the file's own name: a folder of {@code run_0001.json}... is one history. What else
     * changes along a history (runner image, CPU, JDK) is told at the change point it causes
     * ({@link RunEnvironment}).
     */
    public static String group(Run run) {
        List<String> parts = new ArrayList<>();
        String arch = run.identity().value(Fact.ARCH);
        parts.add(run.identity().environment().label() + (arch == null ? "" : " " + arch));
        if (run.simdMode() != null) {
            parts.add(run.simdMode().label());
        }
        String role = RunNames.fileKind(run);
        if (UPSTREAM_ROLE.matcher(role).matches()) {
            parts.add(role);
        }
        return String.join(" · ", parts);
    }

    /** The names the upstream gives files of distinct roles: one artifact holds several, never to be mixed. */
    private static final java.util.regex.Pattern UPSTREAM_ROLE =
            java.util.regex.Pattern.compile("latest|results|baseline_(force|auto|disable)");

    private static List<Series> seriesOf(String group, List<Run> runs, HistoryOptions options) {
        Map<CaseKey, List<Measured>> byKey = new TreeMap<>();
        List<RunIndex> indexes = runs.parallelStream()
                .map(run -> RunIndex.of(run, options.compare().aliases()))
                .toList();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            RunEnvironment environment = RunEnvironment.of(run);
            for (KeyedMeasurement km : indexes.get(r).entries().values()) {
                byKey.computeIfAbsent(km.key(), k -> new ArrayList<>())
                        .add(new Measured(run, km, RunSpeedup.of(km), environment));
            }
        }
        // Each series is searched on its own; with hundreds of them, spread over the cores.
        return byKey.entrySet().parallelStream()
                .map(entry -> series(group, entry.getKey(), entry.getValue(), options))
                .toList();
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
            SeriesPoint point = point(m.run(), m.km(), speedup ? m.speedup() : null, assumed)
                    .withEnvironment(m.environment());
            points.add(point);
            logs[i] = Math.log(point.value());
        }
        ChangePointSearch.Found found = ChangePointSearch.detect(logs, options.detection());
        double level = options.detection().level();
        return new Series(
                group,
                key,
                speedup ? RatioBasis.SPEEDUP : RatioBasis.TIME,
                speedup ? reference : null,
                points,
                changes(found.strong(), points, level),
                changes(found.weak(), points, level));
    }

    /** How far from a change point an environment change may be and still be taken as its cause. */
    static final int CAUSE_REACH = 2;

    private static List<Change> changes(List<Split> splits, List<SeriesPoint> points, double level) {
        List<Change> changes = new ArrayList<>(splits.size());
        for (Split split : splits) {
            changes.add(new Change(
                    split.index(),
                    points.get(split.index()).run(),
                    split.ratio(),
                    split.interval(level),
                    split.pValue(),
                    split.nBefore(),
                    split.nAfter(),
                    cause(points, split.index())));
        }
        return changes;
    }

    /**
     * What changed in the recorded environment at a change point: between the runs either side of it, or, as noise
     * may move a change point by a run or two, at the nearest boundary within {@link #CAUSE_REACH} runs.
     */
    static String cause(List<SeriesPoint> points, int index) {
        for (int boundary : new int[] {index, index - 1, index + 1, index - 2, index + 2}) {
            if (boundary >= 1 && boundary < points.size()) {
                List<String> changed = points.get(boundary)
                        .environment()
                        .differencesFrom(points.get(boundary - 1).environment());
                if (!changed.isEmpty()) {
                    return RunEnvironment.cause(changed);
                }
            }
        }
        return null;
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
        return new SeriesPoint(run.identity(), run.origin(), value, ci, stats.meanSeconds(), RunEnvironment.UNKNOWN);
    }

    private record Measured(Run run, KeyedMeasurement km, RunSpeedup speedup, RunEnvironment environment) {}
}
