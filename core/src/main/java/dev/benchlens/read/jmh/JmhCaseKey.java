package dev.benchlens.read.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.Shape;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Where a JMH benchmark's result goes in the results model, from its {@code @Param}s.
 *
 * <p>Params named {@code shape}, {@code dtype}, {@code layout}, {@code op}/{@code operation} and
 * {@code impl}/{@code implementation} give the case and the names. When only one of {@code op} and {@code impl}
 * is a param, the benchmark method names the other (a method per implementation, or a method per operation).
 * With neither, the operation is the benchmark's full name ({@code org.acme.Bench.sum}) and there is no
 * implementation name. Every other param is appended to the operation name in
 * name order, as {@code name[size=1000,kind=a]}, so that differently parameterised results never merge. Without
 * a {@code shape} param there is no shape ({@link Shape#NONE}) and without a {@code dtype} param no dtype, so that
 * such a benchmark reads as its name and params, not as a made-up array.
 */
record JmhCaseKey(Shape shape, String dtype, String layout, String operation, String implementation) {

    static final String NO_DTYPE = "";
    static final String NO_IMPLEMENTATION = "";
    private static final Set<String> KEY_PARAMS =
            Set.of("shape", "dtype", "layout", "op", "operation", "impl", "implementation");

    static JmhCaseKey of(String benchmark, JsonNode params) throws BadInputException {
        Map<String, String> values = new TreeMap<>();
        if (params != null && params.isObject()) {
            params.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        }
        Shape shape = values.containsKey("shape")
                ? JsonDocuments.shape(params.get("shape"))
                : Shape.NONE;
        String dtype = values.getOrDefault("dtype", NO_DTYPE);
        String op = first(values, "op", "operation");
        String impl = first(values, "impl", "implementation");
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String implementation = impl != null ? impl : op != null ? method : NO_IMPLEMENTATION;
        String operation = op != null ? op : impl != null ? method : benchmark;
        operation += otherParams(values);
        return new JmhCaseKey(shape, dtype, values.get("layout"), operation, implementation);
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
