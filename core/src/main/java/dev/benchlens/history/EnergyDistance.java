package dev.benchlens.history;

/**
 * The divergence statistic of E-divisive means (Matteson and James, 2014) with exponent 1: for a segment cut into X
 * and Y, q = mk/(m+k) * (2/(mk) sum|x-y| - 1/C(m,2) sum|x-x'| - 1/C(k,2) sum|y-y'|). Pairwise distances are summed
 * once into a two-dimensional prefix table, so that every cut of every segment costs O(1).
 */
final class EnergyDistance {

    private final double[][] prefix;

    EnergyDistance(double[] values) {
        int n = values.length;
        prefix = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += Math.abs(values[i] - values[j]);
                prefix[i + 1][j + 1] = prefix[i][j + 1] + row;
            }
        }
    }

    /** The cut of {@code [from, to)} with the largest q, each side at least {@code minSide} long; -1 when none. */
    int bestCut(int from, int to, int minSide) {
        int best = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int cut = from + minSide; cut <= to - minSide; cut++) {
            double q = q(from, cut, to);
            if (q > bestQ) {
                bestQ = q;
                best = cut;
            }
        }
        return best;
    }

    double q(int from, int cut, int to) {
        double m = cut - from;
        double k = to - cut;
        double between = block(from, cut, cut, to) / (m * k);
        double withinX = m < 2 ? 0 : block(from, cut, from, cut) / (m * (m - 1));
        double withinY = k < 2 ? 0 : block(cut, to, cut, to) / (k * (k - 1));
        return m * k / (m + k) * (2 * between - withinX - withinY);
    }

    /** Sum of |v_i - v_j| over i in [r0, r1) and j in [c0, c1). */
    private double block(int r0, int r1, int c0, int c1) {
        return prefix[r1][c1] - prefix[r0][c1] - prefix[r1][c0] + prefix[r0][c0];
    }
}
