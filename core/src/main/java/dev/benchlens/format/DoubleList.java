package dev.benchlens.format;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of doubles kept unboxed. A large artifact holds millions of raw samples; as boxed
 * {@code Double}s they would cost four times the memory and most of the time it takes to read them.
 */
public final class DoubleList extends AbstractList<Double> implements RandomAccess {

    private static final DoubleList EMPTY = new DoubleList(new double[0]);

    private final double[] values;

    private DoubleList(double[] values) {
        this.values = values;
    }

    public static DoubleList of(double... values) {
        return values.length == 0 ? EMPTY : new DoubleList(values.clone());
    }

    /** The list itself when it is already a {@code DoubleList}, else an unboxed copy; null elements are refused. */
    public static DoubleList copyOf(List<? extends Number> values) {
        if (values instanceof DoubleList same) {
            return same;
        }
        double[] copy = new double[values.size()];
        int i = 0;
        for (Number v : values) {
            copy[i++] = Objects.requireNonNull(v, "a raw sample is null").doubleValue();
        }
        return copy.length == 0 ? EMPTY : new DoubleList(copy);
    }

    /** Takes the array without copying: only for callers that made it and never touch it again. */
    static DoubleList adopt(double[] values) {
        return values.length == 0 ? EMPTY : new DoubleList(values);
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    /** The value at {@code index}, unboxed. */
    public double getDouble(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    /** Every value multiplied by {@code factor}, as a new array. */
    public double[] times(double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
