package dev.benchlens.history;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Change points by E-divisive means as Apache Otava (formerly Hunter) runs it: the cut with the largest divergence
 * over all segments is tested with Student's t-test against its neighbouring change points, kept when its p-value is
 * at most the threshold, and the search goes on until the best cut is not significant. Change points whose relative
 * magnitude is below the minimum, or whose p-value rises above the threshold once a neighbour is gone, are then
 * removed one at a time, weakest first, and the others re-tested.
 */
public final class EDivisive {

    /**
     * Each side of a cut holds at least two runs: a single odd run is an outlier, not a change, and the t-test needs
     * a spread on each side to mean anything.
     */
    static final int MIN_SIDE = 2;

    private EDivisive() {}

    /** The change points of {@code values} (logs of a series), oldest first, each tested against its neighbours. */
    public static List<Split> detect(double[] values, ChangePointOptions options) {
        if (values.length < 2 * MIN_SIDE) {
            return List.of();
        }
        EnergyDistance energy = new EnergyDistance(values);
        TreeSet<Integer> cuts = new TreeSet<>();
        while (true) {
            int bestCut = -1;
            double bestQ = Double.NEGATIVE_INFINITY;
            int from = 0;
            for (int to : bounds(cuts, values.length)) {
                int cut = energy.bestCut(from, to, MIN_SIDE);
                if (cut >= 0 && energy.q(from, cut, to) > bestQ) {
                    bestQ = energy.q(from, cut, to);
                    bestCut = cut;
                }
                from = to;
            }
            if (bestCut < 0) {
                break;
            }
            Integer before = cuts.lower(bestCut);
            Integer after = cuts.higher(bestCut);
            Split split = Split.of(values, before == null ? 0 : before, bestCut, after == null ? values.length : after);
            if (split.pValue() > options.maxPValue()) {
                break;
            }
            cuts.add(bestCut);
        }
        return prune(values, cuts, options);
    }

    private static List<Split> prune(double[] values, NavigableSet<Integer> cuts, ChangePointOptions options) {
        while (true) {
            List<Split> splits = splits(values, cuts);
            Split weakest = null;
            for (Split s : splits) {
                boolean fails = s.magnitude() < options.minMagnitude() || s.pValue() > options.maxPValue();
                if (fails && (weakest == null || s.magnitude() < weakest.magnitude())) {
                    weakest = s;
                }
            }
            if (weakest == null) {
                return splits;
            }
            cuts.remove(weakest.index());
        }
    }

    private static List<Split> splits(double[] values, NavigableSet<Integer> cuts) {
        List<Integer> list = new ArrayList<>(cuts);
        List<Split> splits = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            int from = i == 0 ? 0 : list.get(i - 1);
            int to = i == list.size() - 1 ? values.length : list.get(i + 1);
            splits.add(Split.of(values, from, list.get(i), to));
        }
        return splits;
    }

    private static List<Integer> bounds(NavigableSet<Integer> cuts, int length) {
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(length);
        return bounds;
    }
}
