package dev.benchlens.read.jmh;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The one way from a {@link JmhResult} to the results model, used by the JSON reader and by the suite runner alike.
 *
 * <p><b>The key.</b> Params named {@code shape}, {@code dtype}, {@code layout}, {@code op}/{@code operation} and
 * {@code impl}/{@code implementation} give the case and the names. When only one of {@code op} and {@code impl}
 * is a param, the benchmark method names the other (a method per implementation, or a method per operation).
 * With neither, the operation is the benchmark's full name ({@code org.acme.Bench.sum}) and there is no
 * implementation name. Every other param is appended to the operation name in name order, as
 * {@code name[size=1000,kind=a]}, so that differently parameterised results never merge. Without a {@code shape}
 * param there is no shape ({@link Shape#NONE}) and without a {@code dtype} param no dtype, so that such a
 * benchmark reads as its name and params, not as a made-up array.
 *
 * <p><b>The measurement.</b> Every score becomes a time per operation (throughput is inverted); the mean is JMH's
 * score, and the count, median, minimum and standard deviation come from the raw iteration scores of every fork,
 * computed once by {@link Measurement#ofSamples}. JMH's own interval is a 99.9% one and is not used: the
 * statistics compute theirs from the samples.
 */
public final class JmhConversion {

    private static final String NO_DTYPE = "";
    private static final String NO_IMPLEMENTATION = "";
    private static final Set<String> KEY_PARAMS =
            Set.of("shape", "dtype", "layout", "op", "operation", "impl", "implementation");

    private JmhConversion() {}

    /** Where {@code result} goes in the results model, from its benchmark name and params. */
    public static CaseKey key(JmhResult result) throws BadInputException {
        Map<String, String> values = new TreeMap<>(result.params());
        Shape shape =
                values.containsKey("shape") ? JsonDocuments.shape(TextNode.valueOf(values.get("shape"))) : Shape.NONE;
        String dtype = values.getOrDefault("dtype", NO_DTYPE);
        String op = first(values, "op", "operation");
        String impl = first(values, "impl", "implementation");
        String benchmark = result.benchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String implementation = impl != null ? impl : op != null ? method : NO_IMPLEMENTATION;
        String operation = (op != null ? op : impl != null ? method : benchmark) + otherParams(values);
        return new CaseKey(
                shape, dtype, Case.layoutOf(shape, dtype, Layout.of(values.get("layout"))), operation, implementation);
    }

    /**
     * {@code result} as a measurement of {@code implementation}. Raw scores that are not a positive finite time are
     * dropped and counted in one line handed to {@code warnings}.
     */
    public static Measurement measurement(JmhResult result, String implementation, Consumer<String> warnings)
            throws BadInputException {
        JmhUnit unit = JmhUnit.parse(result.scoreUnit());
        double mean = unit.toTimePerOp(result.score());
        List<Double> raw = new ArrayList<>();
        int dropped = 0;
        for (List<Double> fork : result.rawData()) {
            for (double score : fork) {
                double value = unit.toTimePerOp(score);
                if (Double.isFinite(value) && value > 0) {
                    raw.add(value);
                } else {
                    dropped++;
                }
            }
        }
        if (dropped > 0) {
            warnings.accept(dropped + " raw sample(s) were not a positive finite time; dropped");
        }
        if (!raw.isEmpty()) {
            return Measurement.ofSamples(implementation, unit.timeUnit(), mean, raw);
        }
        Map<String, Double> percentiles = result.percentiles();
        return new Measurement(
                implementation,
                unit.timeUnit(),
                result.histogramCount(),
                mean,
                percentile(percentiles, "50.0", unit),
                // the fastest time of a throughput run is its highest throughput
                percentile(percentiles, unit.inverted() ? "100.0" : "0.0", unit),
                null,
                List.of());
    }

    private static Double percentile(Map<String, Double> percentiles, String name, JmhUnit unit) {
        Double value = percentiles.get(name);
        return value == null ? null : unit.toTimePerOp(value);
    }

    private static String first(Map<String, String> values, String name, String alias) {
        return values.containsKey(name) ? values.get(name) : values.get(alias);
    }

    private static String otherParams(Map<String, String> values) {
        StringJoiner joiner = new StringJoiner(",", "[", "]").setEmptyValue("");
        values.forEach((name, value) -> {
            if (!KEY_PARAMS.contains(name)) {
                joiner.add(name + "=" + value);
            }
        });
        return joiner.toString();
    }
}
