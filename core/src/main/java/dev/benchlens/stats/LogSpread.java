package dev.benchlens.stats;

import dev.benchlens.format.Interval;
import java.util.List;

/**
 * The uncertainty of a product or quotient of mean times on the log scale, for Welch's t.
 *
 * <p>By the delta method the variance of ln(mean) is about cv^2 / n, so a quantity such as
 * {@code (refC/tC) / (refB/tB)} has log standard error sqrt(sum of cv_i^2 / n_i); its degrees of freedom follow
 * Welch-Satterthwaite: (sum v_i)^2 / sum(v_i^2 / (n_i - 1)).
 *
 * @param standardError standard error of the log of the quantity
 * @param df            degrees of freedom (NaN when the standard error is zero)
 */
public record LogSpread(double standardError, double df) {

    /** The spread of a quantity made of these means, or {@code null} when one of them cannot be tested. */
    public static LogSpread of(List<SampleStats> terms) {
        double sum = 0;
        double sumSquaresOverDf = 0;
        for (SampleStats s : terms) {
            if (s == null || !s.welchTestable()) {
                return null;
            }
            double v = s.cv() * s.cv() / s.n();
            sum += v;
            sumSquaresOverDf += v * v / (s.n() - 1);
        }
        return new LogSpread(Math.sqrt(sum), sum == 0 ? Double.NaN : sum * sum / sumSquaresOverDf);
    }

    /** The 95% confidence interval of a positive value with this spread. */
    public Interval interval95(double value) {
        if (standardError == 0) {
            return new Interval(value, value);
        }
        double t = StudentT.quantile975(df);
        double log = Math.log(value);
        return new Interval(Math.exp(log - t * standardError), Math.exp(log + t * standardError));
    }

    /** Two-sided p-value of Welch's t for the hypothesis that the value is 1. */
    public double pValueAgainstOne(double value) {
        double log = Math.log(value);
        if (standardError == 0) {
            return log == 0 ? 1 : 0;
        }
        return StudentT.twoSidedP(log / standardError, df);
    }
}
