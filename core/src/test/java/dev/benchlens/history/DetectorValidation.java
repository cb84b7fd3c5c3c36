package dev.benchlens.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The detector on synthetic series with known steps and on step-free series: how often it finds the step (a change
 * point within {@link #TOLERANCE} runs of it) and how often it reports a change where there is none. Run by hand to
 * regenerate the table in docs/history.md; {@code EDivisiveTest} checks a few of its cells.
 *
 * <p>Each series is {@code runs} values of 1 times lognormal noise with the given coefficient of variation; a step
 * multiplies every value from a uniformly drawn index (at least two runs each side) by 1 + step.
 */
public final class DetectorValidation {

    static final int TOLERANCE = 2;
    static final double[] STEPS = {0.02, 0.05, 0.10, 0.20, 0.50};
    static final double[] CVS = {0.02, 0.05, 0.10, 0.20};
    static final int[] RUNS = {10, 30, 100};

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
        SplittableRandom random = new SplittableRandom(seed);
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        int detected = 0;
        int falseAlarms = 0;
        for (int t = 0; t < trials; t++) {
            int at = step == 0 ? -1 : EDivisive.MIN_SIDE + random.nextInt(runs - 2 * EDivisive.MIN_SIDE + 1);
            double[] logs = new double[runs];
            for (int i = 0; i < runs; i++) {
                logs[i] = sigma * gaussian(random) + (at >= 0 && i >= at ? Math.log1p(step) : 0);
            }
            boolean found = false;
            boolean other = false;
            for (Split split : EDivisive.detect(logs, options)) {
                if (at >= 0 && Math.abs(split.index() - at) <= TOLERANCE && !found) {
                    found = true;
                } else {
                    other = true;
                }
            }
            detected += found ? 1 : 0;
            falseAlarms += other ? 1 : 0;
        }
        return new Cell(step, cv, runs, trials, detected, falseAlarms);
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

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own before Java 17's RandomGenerator default.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Prints the suite as the Markdown tables of docs/history.md: {@code [trials [max-p [min-magnitude]]]}. */
    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double maxP = args.length > 1 ? Double.parseDouble(args[1]) : ChangePointOptions.DEFAULT_MAX_P;
        double minMagnitude = args.length > 2 ? Double.parseDouble(args[2]) : ChangePointOptions.DEFAULT_MIN_MAGNITUDE;
        ChangePointOptions options = new ChangePointOptions(maxP, minMagnitude, 0.95);
        List<Cell> cells = suite(trials, options);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%d series per cell, max p %s, min magnitude %s%n%n", trials, maxP, minMagnitude));
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
        System.out.print(out);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
