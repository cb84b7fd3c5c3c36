package dev.benchlens.check;

import dev.benchlens.compare.RatioBasis;
import dev.benchlens.compare.RunSpeedup;
import dev.benchlens.format.Run;
import dev.benchlens.history.Histories;
import dev.benchlens.history.History;
import dev.benchlens.history.HistoryOptions;
import dev.benchlens.history.RunEnvironment;
import dev.benchlens.history.Series;
import dev.benchlens.history.SeriesPoint;
import dev.benchlens.match.CaseKey;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.RunIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The regression gate against a history instead of one baseline run: each key of a candidate is judged against the
 * newest segment of its series (the runs after the last change point), so that one noisy baseline run no longer
 * decides. The test is a prediction test: is the candidate's value a plausible new draw from the segment, by
 * Student's t with the segment's between-run spread, t = (x - mean) / (s * sqrt(1 + 1/n)) and n - 1 degrees of
 * freedom, on the logs. A key worse than the threshold fails when that test is significant at alpha; with fewer than
 * two runs in the segment it is untested and judged by its magnitude (fails closed, as check does).
 *
 * <p>Only the history's change points at its threshold start a segment; weak ones never do. A regression of a
 * candidate whose recorded environment differs from the newest run of the series (another CPU model, JDK...) is
 * labelled with what changed and reported as a note unless {@code failOnEnvironment}: a new machine is not a
 * regression of the code.
 */
public final class HistoryGate {

    private HistoryGate() {}

    public static CheckResult check(
            History history,
            List<Run> candidates,
            GateOptions gate,
            boolean failOnEnvironment,
            HistoryOptions options) {
        Map<String, Map<CaseKey, Series>> byGroup = new HashMap<>();
        for (Series s : history.series()) {
            byGroup.computeIfAbsent(s.group(), g -> new HashMap<>()).put(s.key(), s);
        }
        List<Failure> failures = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int judged = 0;
        for (Run run : candidates) {
            String group = Histories.group(run);
            RunEnvironment environment = RunEnvironment.of(run);
            Map<CaseKey, Series> series = byGroup.get(group);
            if (series == null) {
                problems.add("candidate " + run.name() + ": the history holds no run of its kind (" + group + ");"
                        + " it holds: "
                        + String.join(", ", byGroup.keySet().stream().sorted().toList()));
                continue;
            }
            int missing = 0;
            int references = 0;
            for (KeyedMeasurement km :
                    RunIndex.of(run, options.compare().aliases()).entries().values()) {
                Series s = series.get(km.key());
                if (s == null) {
                    missing++;
                    continue;
                }
                boolean reference = km.speedup() != null
                        && km.speedup().reference().equals(km.key().implementation());
                if (reference && !gate.gateReference()) {
                    references++;
                    continue;
                }
                RunSpeedup speedup = RunSpeedup.of(km);
                if (s.basis() == RatioBasis.SPEEDUP
                        && (speedup == null || !speedup.reference().equals(s.reference()))) {
                    problems.add(km.key() + " in " + run.name() + ": the history has its speedup over " + s.reference()
                            + ", the candidate has none; not judged");
                    continue;
                }
                SeriesPoint point = Histories.point(
                        run,
                        km,
                        s.basis() == RatioBasis.SPEEDUP ? speedup : null,
                        options.compare().assumedSamples());
                judged++;
                String cause = RunEnvironment.cause(
                        environment.differencesFrom(s.points().getLast().environment()));
                List<Failure> judgedFailures = new ArrayList<>();
                judge(s, point, run, gate, options.compare().alpha(), judgedFailures, notes);
                for (Failure failure : judgedFailures) {
                    if (cause == null || failOnEnvironment) {
                        failures.add(failure);
                    } else {
                        notes.add(cause + ", so not failed (--fail-on-environment fails it): " + failure.message());
                    }
                }
            }
            if (missing > 0) {
                notes.add(missing + " key(s) of " + run.name() + " have no series in the history; not judged");
            }
            if (references > 0) {
                notes.add(references + " reference row(s) of " + run.name() + " reported, not gated"
                        + " (--gate-reference gates them)");
            }
        }
        if (judged == 0 && problems.isEmpty()) {
            problems.add("no key of the candidate(s) is in the history: nothing was checked");
        } else if (judged > 0) {
            notes.add(judged + " key(s) judged against the newest segment of their series in the history ("
                    + history.runs() + " run(s))");
        }
        return new CheckResult(failures, problems, notes);
    }

    private static void judge(
            Series s,
            SeriesPoint point,
            Run run,
            GateOptions gate,
            double alpha,
            List<Failure> failures,
            List<String> notes) {
        List<SeriesPoint> segment = s.newestSegment();
        int n = segment.size();
        double mean = 0;
        for (SeriesPoint p : segment) {
            mean += Math.log(p.value());
        }
        mean /= n;
        double squares = 0;
        for (SeriesPoint p : segment) {
            squares += Math.pow(Math.log(p.value()) - mean, 2);
        }
        double x = Math.log(point.value());
        double ratio = Math.exp(x - mean);
        double worse = (1 / ratio - 1) * 100;
        if (worse <= gate.maxRegressionPercent()) {
            return;
        }
        if (n < 2 || squares == 0) {
            HistoryRegression untested = regression(
                    s,
                    run,
                    worse,
                    n,
                    ratio,
                    gate,
                    Judgement.untested(
                            n < 2 ? "fewer than two runs since the last change point" : "no spread between the runs"));
            if (gate.allowUntested()) {
                notes.add(untested.message());
            } else {
                failures.add(untested);
            }
            return;
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = (x - mean) / (sd * Math.sqrt(1 + 1.0 / n));
        double p = 2 * new TDistribution(null, n - 1).cumulativeProbability(-Math.abs(t));
        HistoryRegression regression = regression(s, run, worse, n, ratio, gate, Judgement.tested(p));
        if (p < alpha) {
            failures.add(regression);
        } else {
            notes.add("within the history's run-to-run noise: " + regression.what()
                    + String.format(Locale.ROOT, " (p=%.3g)", p));
        }
    }

    private static HistoryRegression regression(
            Series s, Run run, double worse, int n, double ratio, GateOptions gate, Judgement judgement) {
        return new HistoryRegression(
                s.key(), run.name(), worse, n, basis(s), ratio, gate.maxRegressionPercent(), judgement);
    }

    private static String basis(Series s) {
        return s.reference() == null ? "operations per second" : "speedup over " + s.reference();
    }
}
