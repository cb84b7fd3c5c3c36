package dev.benchlens.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * p-values that hold for the search: the chance that a step-free series of n runs has a best cut at least this good
 * anywhere, not only where it was found. The best cut's t-test p-value is the smallest of n - 2s + 1 correlated
 * tests, so alone it would report a change in every few hundred step-free series; here it is mapped through the
 * distribution of that smallest p-value in step-free Gaussian series of the same length, which depends only on the
 * length and the minimum segment (the t statistic does not depend on the level or the spread).
 *
 * <p>The distribution is simulated once per length on a grid (every length up to 40, then 8% apart) and kept; the
 * default minimum segment's grid up to 1,100 runs ships precomputed ({@code max-t-null.txt}, written by
 * {@code NullTableWriter} in the test sources with 200,000 series per length). Between grid lengths the corrected
 * p-value is interpolated on log scales; below the smallest simulated level it is extrapolated with the tail's own
 * slope, never below the raw p-value and never above Bonferroni's bound.
 */
final class SearchCorrection {

    /** The levels at which the smallest p-value's distribution is kept, as quantiles. */
    static final double[] LEVELS = {0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 5e-4, 2e-4, 1e-4};

    /** Series simulated per length when a length is not in the shipped table (e.g. another minimum segment). */
    static final int RUNTIME_SERIES = 20_000;

    private static final String RESOURCE = "max-t-null.txt";
    private static final int DENSE_UP_TO = 40;
    private static final double GRID_STEP = 1.08;
    private static final Map<Long, double[]> QUANTILES = new ConcurrentHashMap<>();

    static {
        load();
    }

    private SearchCorrection() {}

    /**
     * The corrected p-value of a best cut whose own two-sided t-test p-value is {@code rawP}, in a segment of
     * {@code n} values cut no closer than {@code minSegment} to either end.
     */
    static double pValue(int n, int minSegment, double rawP) {
        int cuts = n - 2 * minSegment + 1;
        if (cuts <= 1) {
            return rawP;
        }
        int below = gridBelow(n, minSegment);
        double p;
        if (below == n) {
            p = atGrid(n, minSegment, rawP);
        } else {
            int above = gridAbove(below);
            double lo = Math.log(atGrid(below, minSegment, rawP));
            double hi = Math.log(atGrid(above, minSegment, rawP));
            double w = Math.log((double) n / below) / Math.log((double) above / below);
            p = Math.exp(lo + w * (hi - lo));
        }
        return Math.min(Math.min(1, cuts * rawP), Math.max(rawP, p));
    }

    /** The two-sided p-value of the t-test of a cut explaining {@code share} of the segment's sum of squares. */
    static double tTestP(int n, double share) {
        if (share >= 1) {
            return 0;
        }
        double t = Math.sqrt((n - 2) * share / (1 - share));
        return 2 * new TDistribution(null, n - 2).cumulativeProbability(-t);
    }

    private static double atGrid(int n, int minSegment, double rawP) {
        double[] q = QUANTILES.computeIfAbsent(key(minSegment, n), k -> simulate(n, minSegment, RUNTIME_SERIES));
        double lp = Math.log(Math.max(rawP, Double.MIN_NORMAL));
        if (lp >= q[0]) {
            return Math.exp(Math.log(LEVELS[0]) * lp / q[0]);
        }
        int last = 0;
        for (int j = 1; j < q.length && !Double.isNaN(q[j]); j++) {
            if (lp >= q[j]) {
                return Math.exp(between(lp, q[j - 1], Math.log(LEVELS[j - 1]), q[j], Math.log(LEVELS[j])));
            }
            last = j;
        }
        // Past the smallest simulated level: continue the tail's slope, which only steepens towards 1 further out,
        // so this errs towards larger p-values.
        double slope = last == 0 ? 1 : (Math.log(LEVELS[last]) - Math.log(LEVELS[last - 1])) / (q[last] - q[last - 1]);
        slope = Math.max(0.5, Math.min(1, slope));
        return Math.exp(Math.log(LEVELS[last]) + slope * (lp - q[last]));
    }

    private static double between(double x, double x0, double y0, double x1, double y1) {
        return x0 == x1 ? y1 : y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    }

    /** The lengths the distribution is kept for: every length up to 40, then each about 8% above the one before. */
    static int gridBelow(int n, int minSegment) {
        int g = 2 * minSegment;
        if (n <= Math.max(DENSE_UP_TO, g)) {
            return n;
        }
        g = Math.max(DENSE_UP_TO, g);
        while (gridAbove(g) <= n) {
            g = gridAbove(g);
        }
        return g;
    }

    static int gridAbove(int g) {
        return g < DENSE_UP_TO ? g + 1 : (int) Math.ceil(g * GRID_STEP);
    }

    /** The grid's lengths from the shortest testable to at least {@code upTo}. */
    static List<Integer> grid(int minSegment, int upTo) {
        List<Integer> lengths = new ArrayList<>();
        int g = 2 * minSegment + 1;
        lengths.add(g);
        while (g < upTo) {
            g = gridAbove(g);
            lengths.add(g);
        }
        return lengths;
    }

    /**
     * The logs of the smallest cut p-value's quantiles at {@link #LEVELS} in {@code series} step-free Gaussian series
     * of {@code n} values; NaN where too few series reach the level. Seeded by the length, so reruns agree, and split
     * over the cores in fixed chunks, so the result does not depend on their number.
     */
    static double[] simulate(int n, int minSegment, int series) {
        int chunk = 1000;
        int chunks = (series + chunk - 1) / chunk;
        double[] shares = new double[chunks * chunk];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            SplittableRandom random = new SplittableRandom(n * 1_000_003L + minSegment * 7919L + c);
            double[] x = new double[n];
            for (int i = 0; i < chunk; i++) {
                for (int j = 0; j < n; j++) {
                    x[j] = random.nextGaussian();
                }
                shares[c * chunk + i] = BestCut.in(x, 0, n, minSegment).share();
            }
        });
        Arrays.sort(shares);
        double[] q = new double[LEVELS.length];
        for (int j = 0; j < LEVELS.length; j++) {
            int above = (int) Math.floor(LEVELS[j] * shares.length);
            q[j] = above < 10 ? Double.NaN : Math.log(tTestP(n, shares[shares.length - above]));
        }
        return q;
    }

    static String tableLine(int minSegment, int n, double[] q) {
        StringBuilder line = new StringBuilder().append(minSegment).append(' ').append(n);
        for (double v : q) {
            line.append(' ').append(Double.isNaN(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.6g", v));
        }
        return line.toString();
    }

    private static void load() {
        try (InputStream in = SearchCorrection.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split(" +", -1);
                double[] q = new double[LEVELS.length];
                for (int j = 0; j < q.length; j++) {
                    q[j] = Double.parseDouble(parts[j + 2]);
                }
                QUANTILES.put(key(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped null distribution " + RESOURCE, e);
        }
    }

    private static long key(int minSegment, int n) {
        return ((long) minSegment << 32) | n;
    }
}
