package dev.benchlens.viewer.charts;

import dev.benchlens.format.Layout;
import dev.benchlens.match.CaseKey;
import java.util.regex.Pattern;

/** A case named in one line for the charts and the table: operation, dtype, shape, layout and implementation. */
public final class CaseNames {

    /** A JMH benchmark's full name, {@code dev.acme.jmh.KernelBenchmark.read}: package, class and method. */
    private static final Pattern QUALIFIED_METHOD = Pattern.compile("(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*\\.[\\w$]+)");

    private CaseNames() {}

    static String of(CaseKey key) {
        StringBuilder name = new StringBuilder(operation(key.operation()));
        for (String part : new String[] {
            key.dtype(),
            key.shape().toString(),
            key.layout().equals(Layout.CONTIGUOUS) ? "" : key.layout().label()
        }) {
            if (!part.isEmpty()) {
                name.append(' ').append(part);
            }
        }
        return key.implementation().isEmpty() ? name.toString() : name + " [" + key.implementation() + "]";
    }

    /**
     * The operation as a person reads it: a JMH benchmark without an {@code op} param is named by its class and
     * method ({@code KernelBenchmark.read mib=4}), its package left out, since cut to a column's width the package
     * was all that showed. Other operations are as recorded.
     */
    public static String operation(String operation) {
        int space = operation.indexOf(' ');
        String head = space < 0 ? operation : operation.substring(0, space);
        var qualified = QUALIFIED_METHOD.matcher(head);
        return qualified.matches() ? qualified.group(1) + operation.substring(head.length()) : operation;
    }
}
