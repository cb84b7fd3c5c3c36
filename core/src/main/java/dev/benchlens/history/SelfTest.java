package dev.benchlens.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What a history can see, measured on its own series: each series has its change points taken out (every segment
 * brought to one level, so only the runs' own noise remains), then a step of 5%, 10% or 20% for the worse is put at
 * a random run, and the detector is run again with the history's options. Per group of runs: how often the step is
 * found (a change point within two runs of it) and how many change points appear elsewhere.
 */
public final class SelfTest {

    /** The steps put into the series: their relative size for the worse. */
    public static final List<Double> STEPS = List.of(0.05, 0.10, 0.20);
    /** How far from the step a change point may land and still count as finding it. */
    public static final int TOLERANCE = 2;
    /** The seed the command line and the History tab use, so that both print the same line for one history. */
    public static final long DEFAULT_SEED = 26;

    /** Steps tried per group and size at least: series are reused with other places when a group has few. */
    static final int MIN_TRIALS = 300;

    private SelfTest() {}

    /** One step size in one group: how many trials, how many found, how many change points elsewhere. */
    public record StepRate(double step, int trials, int found, int falseChanges) {

        public double foundRate() {
            return trials == 0 ? 0 : (double) found / trials;
        }
    }

    /** One group of runs: its series long enough to test, and the rates per step size. */
    public record GroupResult(String group, int runs, int series, List<StepRate> rates) {

        public GroupResult {
            rates = List.copyOf(rates);
        }
    }

    /** The self-test of every group of {@code history} with at least one testable series, seeded for reruns. */
    public static List<GroupResult> of(History history, long seed) {
        ChangePointOptions options = history.options();
        Map<String, List<Series>> groups = new LinkedHashMap<>();
        for (Series s : history.series()) {
            if (s.points().size() >= options.shortestTestable()) {
                groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
            }
        }
        List<GroupResult> results = new ArrayList<>();
        for (Map.Entry<String, List<Series>> group : groups.entrySet()) {
            List<Series> series = group.getValue();
            int runs = series.stream().mapToInt(s -> s.points().size()).max().orElse(0);
            int repeats = Math.max(1, (MIN_TRIALS + series.size() - 1) / series.size());
            List<StepRate> rates = new ArrayList<>();
            for (double step : STEPS) {
                int[][] outcomes = IntStream.range(0, series.size())
                        .parallel()
                        .mapToObj(i -> trials(series.get(i), step, repeats, options, seed + i * 31L))
                        .toArray(int[][]::new);
                int found = 0;
                int falseChanges = 0;
                for (int[] o : outcomes) {
                    found += o[0];
                    falseChanges += o[1];
                }
                rates.add(new StepRate(step, series.size() * repeats, found, falseChanges));
            }
            results.add(new GroupResult(group.getKey(), runs, series.size(), rates));
        }
        return results;
    }

    /** {found, change points elsewhere} over {@code repeats} steps put into one series. */
    private static int[] trials(Series s, double step, int repeats, ChangePointOptions options, long seed) {
        double[] residual = withoutChanges(s);
        SplittableRandom random = new SplittableRandom(seed + Math.round(step * 1000));
        int n = residual.length;
        int minSegment = options.minSegment();
        int found = 0;
        int elsewhere = 0;
        double shift = -Math.log1p(step);
        double[] values = new double[n];
        for (int r = 0; r < repeats; r++) {
            int at = minSegment + random.nextInt(n - 2 * minSegment + 1);
            for (int i = 0; i < n; i++) {
                values[i] = residual[i] + (i >= at ? shift : 0);
            }
            boolean hit = false;
            for (Split split : ChangePointSearch.detect(values, options).strong()) {
                if (!hit && Math.abs(split.index() - at) <= TOLERANCE) {
                    hit = true;
                } else {
                    elsewhere++;
                }
            }
            found += hit ? 1 : 0;
        }
        return new int[] {found, elsewhere};
    }

    /** The series' logs with each segment between its change points brought to the level 0. */
    static double[] withoutChanges(Series s) {
        int n = s.points().size();
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(s.points().get(i).value());
        }
        List<Integer> bounds = new ArrayList<>();
        s.changes().forEach(c -> bounds.add(c.index()));
        bounds.add(n);
        int from = 0;
        for (int to : bounds) {
            double mean = 0;
            for (int i = from; i < to; i++) {
                mean += logs[i];
            }
            mean /= to - from;
            for (int i = from; i < to; i++) {
                logs[i] -= mean;
            }
            from = to;
        }
        return logs;
    }
}
