package dev.benchlens.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The detector on synthetic series with known steps and on step-free series: how often it finds the step (a change
 * point within {@link #TOLERANCE} runs of it) and how often it reports a change where there is none. Run by hand to
 * regenerate the tables in docs/history.md; {@code ChangePointSearchTest} checks a few of its cells.
 *
 * <p>Each series is {@code runs} values of 1 times lognormal noise with the given coefficient of variation; a step
 * multiplies every value from a uniformly drawn index (at least the minimum segment each side) by 1 + step.
 */
public final class DetectorValidation {

    static final int TOLERANCE = 2;
    static final double[] STEPS = {0.02, 0.05, 0.10, 0.20, 0.50};
    static final double[] CVS = {0.02, 0.05, 0.10, 0.20};
    static final int[] RUNS = {10, 30, 100};
    static final int[] FALSE_ALARM_RUNS = {10, 30, 100, 300, 1000};

    /** The outcome of one cell of the suite. */
    record Cell(double step, double cv, int runs, int trials, int detected, int seriesWithFalseAlarm) {
        double detectionRate() {
            return (double) detected / trials;
        }

        double falseAlarmRate() {
            return (double) seriesWithFalseAlarm / trials;
        }
    }

    private DetectorValidation() {}

    /** One cell: {@code trials} series with a step of {@code step} (0: none), seeded so that reruns agree. */
    static Cell cell(double step, double cv, int runs, int trials, ChangePointOptions options, long seed) {
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        int chunk = 250;
        int[][] outcomes = IntStream.range(0, (trials + chunk - 1) / chunk)
                .parallel()
                .mapToObj(c -> chunk(step, sigma, runs, Math.min(chunk, trials - c * chunk), options, seed * 7919 + c))
                .toArray(int[][]::new);
        int detected = 0;
        int falseAlarms = 0;
        for (int[] o : outcomes) {
            detected += o[0];
            falseAlarms += o[1];
        }
        return new Cell(step, cv, runs, trials, detected, falseAlarms);
    }

    private static int[] chunk(double step, double sigma, int runs, int trials, ChangePointOptions options, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int minSegment = options.minSegment();
        int detected = 0;
        int falseAlarms = 0;
        double[] logs = new double[runs];
        for (int t = 0; t < trials; t++) {
            int at = step == 0 || runs < 2 * minSegment ? -1 : minSegment + random.nextInt(runs - 2 * minSegment + 1);
            for (int i = 0; i < runs; i++) {
                logs[i] = sigma * random.nextGaussian() + (at >= 0 && i >= at ? Math.log1p(step) : 0);
            }
            boolean found = false;
            boolean other = false;
            for (Split split : ChangePointSearch.detect(logs, options).strong()) {
                if (at >= 0 && Math.abs(split.index() - at) <= TOLERANCE && !found) {
                    found = true;
                } else {
                    other = true;
                }
            }
            detected += found ? 1 : 0;
            falseAlarms += other ? 1 : 0;
        }
        return new int[] {detected, falseAlarms};
    }

    static List<Cell> suite(int trials, ChangePointOptions options) {
        List<Cell> cells = new ArrayList<>();
        long seed = 13;
        for (int runs : RUNS) {
            for (double cv : CVS) {
                cells.add(cell(0, cv, runs, trials, options, seed++));
                for (double step : STEPS) {
                    cells.add(cell(step, cv, runs, trials, options, seed++));
                }
            }
        }
        return cells;
    }

    /**
     * Prints the tables of docs/history.md. {@code steps [trials [max-p [min-magnitude]]]}: detection by runs, CV
     * and step; {@code false [series [max-p]]}: change points per 1,000 step-free series by length.
     */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "steps";
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : mode.equals("false") ? 20_000 : 500;
        double maxP = args.length > 2 ? Double.parseDouble(args[2]) : ChangePointOptions.DEFAULT_MAX_P;
        double minMagnitude = args.length > 3 ? Double.parseDouble(args[3]) : ChangePointOptions.DEFAULT_MIN_MAGNITUDE;
        ChangePointOptions options =
                ChangePointOptions.defaults().withMaxP(maxP).withMinMagnitude(minMagnitude);
        System.out.print(mode.equals("false") ? falseAlarms(trials, options) : steps(trials, options));
    }

    private static String falseAlarms(int series, ChangePointOptions options) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%d step-free series per length (CV 5%%), max p %s, min segment %d%n%n"
                        + "| runs | series with a change point | per 1,000 series |%n|---|---|---|%n",
                series,
                options.maxPValue(),
                options.minSegment()));
        long seed = 101;
        for (int runs : FALSE_ALARM_RUNS) {
            Cell c = cell(0, 0.05, runs, series, options, seed++);
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %d of %d | %.2f |%n",
                    runs,
                    c.seriesWithFalseAlarm(),
                    series,
                    1000.0 * c.falseAlarmRate()));
        }
        return out.toString();
    }

    private static String steps(int trials, ChangePointOptions options) {
        List<Cell> cells = suite(trials, options);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d series per cell, max p %s, min magnitude %s, min segment %d%n%n",
                trials,
                options.maxPValue(),
                options.minMagnitude(),
                options.minSegment()));
        out.append("| runs | CV | false alarms, no step |");
        for (double step : STEPS) {
            out.append(String.format(Locale.ROOT, " step %.0f%% found (other) |", step * 100));
        }
        out.append("\n|---|---|---|").append("---|".repeat(STEPS.length)).append('\n');
        for (int i = 0; i < cells.size(); i += STEPS.length + 1) {
            Cell none = cells.get(i);
            out.append(String.format(
                    Locale.ROOT, "| %d | %.0f%% | %s |", none.runs(), none.cv() * 100, percent(none.falseAlarmRate())));
            for (int s = 1; s <= STEPS.length; s++) {
                Cell c = cells.get(i + s);
                out.append(String.format(
                        Locale.ROOT, " %s (%s) |", percent(c.detectionRate()), percent(c.falseAlarmRate())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
