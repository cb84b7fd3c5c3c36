package dev.benchlens.compare;

/** The limits behind the warnings and tests; docs/cli.md states the same numbers. */
public final class Thresholds {

    /** Fewer samples than this on either side gives a {@link Warning.Kind#FEW_SAMPLES} warning. */
    public static final int MIN_SAMPLES = 5;
    /** A coefficient of variation above this gives a {@link Warning.Kind#NOISY} warning. */
    public static final double MAX_CV = 0.10;
    /** Default significance level of the two-sided tests. */
    public static final double ALPHA = 0.05;
    /**
     * The largest slowdown a row's gate verdict allows where none is given ({@code compare}, the explorer): the
     * threshold the project's own CI gates at.
     */
    public static final double MAX_REGRESSION_PERCENT = 10;

    private Thresholds() {}
}
