package dev.benchlens.bench.suite;

import dev.benchlens.format.Measurement;
import dev.benchlens.match.CaseKey;
import dev.benchlens.read.jmh.JmhConversion;
import dev.benchlens.read.jmh.JmhResult;
import dev.benchlens.read.json.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH's in-process results of {@code KernelBenchmark} as measurements, through core's {@link JmhConversion}, which
 * reads JMH's JSON the same way; and the forks that disagree too much to trust.
 */
final class JmhRunResults {

    /** A fork this many times slower or faster than another means the JIT treated that fork differently. */
    static final double FORK_SPREAD_LIMIT = 3.0;

    private JmhRunResults() {}

    /** JMH's result as core's common ground: its params, score and every fork's iteration scores. */
    static JmhResult of(RunResult rr) {
        BenchmarkParams params = rr.getParams();
        Map<String, String> values = new LinkedHashMap<>();
        params.getParamsKeys().forEach(name -> values.put(name, params.getParam(name)));
        List<List<Double>> rawData = new ArrayList<>();
        for (BenchmarkResult fork : rr.getBenchmarkResults()) {
            List<Double> iterations = new ArrayList<>();
            for (IterationResult iteration : fork.getIterationResults()) {
                iterations.add(iteration.getPrimaryResult().getScore());
            }
            rawData.add(iterations);
        }
        Result<?> primary = rr.getPrimaryResult();
        return JmhResult.of(params.getBenchmark(), values, primary.getScoreUnit(), primary.getScore(), rawData);
    }

    /** Each result's measurement under its key; a line about dropped samples goes to {@code warnings}. */
    static Map<CaseKey, Measurement> convert(Iterable<RunResult> results, Consumer<String> warnings) {
        Map<CaseKey, Measurement> out = new LinkedHashMap<>();
        for (RunResult rr : results) {
            String described = ProgressFormat.describe(rr.getParams());
            try {
                JmhResult result = of(rr);
                CaseKey key = JmhConversion.key(result);
                out.put(
                        key,
                        JmhConversion.measurement(
                                result, key.implementation(), warning -> warnings.accept(described + ": " + warning)));
            } catch (BadInputException e) {
                // Our own benchmark's params and units: a failure here is a bug in the suite, not bad input.
                throw new IllegalStateException(described + ": " + e.getMessage(), e);
            }
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
            forkSpreadWarning(
                            ProgressFormat.describe(rr.getParams()),
                            scores,
                            rr.getPrimaryResult().getScoreUnit())
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
        return Optional.of(String.format(
                Locale.ROOT,
                "%s: forks differ by %.1fx (%s %s); the JIT " + "may have left the kernel unoptimised in one fork",
                benchmark,
                max / min,
                forkScores,
                unit));
    }
}
