package dev.benchlens.bench.suite;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints one line per benchmark: n of N, the case and the time left, estimated from the pace so far. */
public final class Progress {

    private final PrintStream out;
    private int total;
    private double plannedSecondsTotal;
    private final long startNanos = System.nanoTime();
    private int done;
    private double plannedSecondsDone;

    /**
     * @param total                benchmarks in the run, every kind included
     * @param plannedSecondsTotal  what the whole run should take by its settings, before any benchmark ran
     */
    public Progress(PrintStream out, int total, double plannedSecondsTotal) {
        this.out = out;
        this.total = total;
        this.plannedSecondsTotal = plannedSecondsTotal;
    }

    /** Announces the next benchmark, which is planned to take {@code plannedSeconds}. */
    public void next(String description, double plannedSeconds) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        // Scale the plan by how fast the plan has proved to be, so cheap and costly steps mix correctly.
        double pace = plannedSecondsDone > 0 ? elapsed / plannedSecondsDone : 1.0;
        double remainingPlan = Math.max(plannedSeconds, plannedSecondsTotal - plannedSecondsDone);
        done++;
        plannedSecondsDone += plannedSeconds;
        out.printf(Locale.ROOT, "[%d/%d] %s  (ETA %s)%n", done, total, description, format(remainingPlan * pace));
        out.flush();
    }

    /** Adds {@code steps} more benchmarks of {@code plannedSeconds} each, decided on after the run began. */
    public void extend(int steps, double plannedSeconds) {
        total += steps;
        plannedSecondsTotal += steps * plannedSeconds;
    }

    public void message(String line) {
        out.println(line);
        out.flush();
    }

    static String format(double seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, Math.round(seconds)));
        return d.toMinutes() > 0
                ? d.toMinutes() + "m" + String.format(Locale.ROOT, "%02d", d.toSecondsPart()) + "s"
                : d.toSecondsPart() + "s";
    }
}
