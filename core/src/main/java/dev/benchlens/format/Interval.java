package dev.benchlens.format;

/** A closed interval [low, high], such as a confidence interval. */
public record Interval(double low, double high) {

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
