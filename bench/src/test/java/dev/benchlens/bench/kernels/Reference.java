package dev.benchlens.bench.kernels;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact reference for sums, and the tolerance the kernels must meet.
 *
 * <p>Tolerance: any order of floating-point additions of {@code d} terms in a type with unit roundoff {@code u}
 * has error at most about {@code d * u * sum|x|} (Higham, recursive summation), and rounding the final result
 * adds {@code u * |result|}. The check allows {@code (d + 2) * u * sum|x|} plus {@code d} times the smallest
 * subnormal, so subnormal inputs are held to their representable precision. Non-finite inputs must give the IEEE
 * result: NaN if any NaN or both infinities are present, else the infinity.
 *
 * <p>int32 results have no tolerance: sums must equal the exact sum, means the exact sum divided by the count and
 * rounded once, element-wise results the exactly rounded (scale) or wrapped (add) value.
 */
final class Reference {

    private Reference() {}

    /** Accumulates terms exactly and tracks non-finite ones. */
    static final class Sum {
        private BigDecimal exact = BigDecimal.ZERO;
        private double absSum;
        private int count;
        private boolean nan;
        private boolean posInf;
        private boolean negInf;

        void add(double x) {
            count++;
            if (Double.isNaN(x)) {
                nan = true;
            } else if (x == Double.POSITIVE_INFINITY) {
                posInf = true;
            } else if (x == Double.NEGATIVE_INFINITY) {
                negInf = true;
            } else {
                exact = exact.add(new BigDecimal(x));
                absSum += Math.abs(x);
            }
        }

        double value() {
            if (nan || (posInf && negInf)) {
                return Double.NaN;
            }
            if (posInf) {
                return Double.POSITIVE_INFINITY;
            }
            if (negInf) {
                return Double.NEGATIVE_INFINITY;
            }
            return exact.doubleValue();
        }

        double mean() {
            double v = value();
            return Double.isFinite(v)
                    ? exact.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128)
                            .doubleValue()
                    : v;
        }

        /** The allowed error for a result of this sum, divided by {@code divisor} (1 for a sum, n for a mean). */
        double tolerance(double unitRoundoff, double smallestSubnormal, int divisor) {
            return ((count + 2) * unitRoundoff * absSum + count * smallestSubnormal) / divisor;
        }

        int count() {
            return count;
        }

        /** The exact sum of finite integer terms; fails if it does not fit a long. */
        long exactLong() {
            return exact.longValueExact();
        }
    }

    static final double FLOAT_U = Math.ulp(1f) / 2;
    static final double DOUBLE_U = Math.ulp(1.0) / 2;
}
