package dev.benchlens.bench.suite;

import dev.benchlens.format.Measurement;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

/** Converts JMH's in-process results of {@code KernelBenchmark} into measurements, and flags unstable forks. */
final class JmhMeasurements {

    /** A fork this many times slower or faster than another means the JIT treated that fork differently. */
    static final double FORK_SPREAD_LIMIT = 3.0;

    private JmhMeasurements() {
    }

    static BenchmarkKey keyOf(BenchmarkParams p) {
        return new BenchmarkKey(p.getParam("shape"), p.getParam("dtype"), p.getParam("layout"), p.getParam("op"),
                p.getParam("impl"));
    }

    /** JMH's score unit, such as {@code us/op}, as the format's unit. */
    static String unitOf(Result<?> result) {
        String unit = result.getScoreUnit();
        int slash = unit.indexOf('/');
        return slash > 0 ? unit.substring(0, slash) : unit;
    }

    static Map<BenchmarkKey, Measurement> convert(Iterable<RunResult> results) {
        Map<BenchmarkKey, Measurement> out = new LinkedHashMap<>();
        for (RunResult rr : results) {
            Result<?> primary = rr.getPrimaryResult();
            List<Double> raw = new ArrayList<>();
            for (BenchmarkResult fork : rr.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    raw.add(iteration.getPrimaryResult().getScore());
                }
            }
            BenchmarkKey key = keyOf(rr.getParams());
            out.put(key, Samples.measurement(key.impl(), unitOf(primary), primary.getStatistics(), raw));
        }
        return out;
    }

    /** One warning per benchmark whose fastest and slowest fork differ by more than {@link #FORK_SPREAD_LIMIT}. */
    static List<String> forkWarnings(Iterable<RunResult> results) {
        List<String> warnings = new ArrayList<>();
        for (RunResult rr : results) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : rr.getBenchmarkResults()) {
                scores.add(fork.getPrimaryResult().getScore());
            }
            forkSpreadWarning(keyOf(rr.getParams()).toString(), scores, rr.getPrimaryResult().getScoreUnit())
                    .ifPresent(warnings::add);
        }
        return warnings;
    }

    /** A warning when the slowest fork's score is more than {@link #FORK_SPREAD_LIMIT} times the fastest's. */
    static Optional<String> forkSpreadWarning(String benchmark, List<Double> forkScores, String unit) {
        if (forkScores.size() < 2) {
            return Optional.empty();
        }
        double min = forkScores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = forkScores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (min <= 0 || max / min <= FORK_SPREAD_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: forks differ by %.1fx (%s %s); the JIT "
                + "may have left the kernel unoptimised in one fork", benchmark, max / min, forkScores, unit));
    }
}
