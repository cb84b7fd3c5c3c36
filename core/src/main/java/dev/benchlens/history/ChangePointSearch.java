package dev.benchlens.history;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Change points by binary segmentation with p-values that hold for the search: a segment's best cut (the largest
 * two-sample t statistic, each side at least the minimum segment long) is kept when its corrected p-value
 * ({@link SearchCorrection}) is at most the threshold, and both sides are searched again. In a step-free series the
 * first test is the only one that can raise an alarm, so the chance of any change point is the threshold.
 *
 * <p>Weak change points are searched for afterwards, inside the segments between the strong ones, at the weak
 * threshold: the strong ones are the same whether or not weak ones are asked for. Change points below the minimum
 * magnitude (measured between their neighbours) are removed smallest first and the others re-measured.
 */
public final class ChangePointSearch {

    private ChangePointSearch() {}

    /** The strong and the weak change points of {@code values} (logs of a series), oldest first. */
    public record Found(List<Split> strong, List<Split> weak) {

        public Found {
            strong = List.copyOf(strong);
            weak = List.copyOf(weak);
        }
    }

    public static Found detect(double[] values, ChangePointOptions options) {
        TreeMap<Integer, Double> strong = new TreeMap<>();
        search(values, 0, values.length, options.maxPValue(), options.minSegment(), strong);
        List<Split> strongSplits = prune(values, strong, options);
        TreeMap<Integer, Double> all = new TreeMap<>(strong);
        TreeMap<Integer, Double> weak = new TreeMap<>();
        if (options.weakPValue() > options.maxPValue()) {
            int from = 0;
            for (int to : bounds(strong, values.length)) {
                search(values, from, to, options.weakPValue(), options.minSegment(), weak);
                from = to;
            }
            all.putAll(weak);
        }
        List<Split> weakSplits = prune(values, all, options).stream()
                .filter(s -> weak.containsKey(s.index()))
                .toList();
        return new Found(strongSplits, weakSplits);
    }

    private static void search(
            double[] values, int from, int to, double threshold, int minSegment, NavigableMap<Integer, Double> found) {
        BestCut cut = BestCut.in(values, from, to, minSegment);
        if (cut.index() < 0) {
            return;
        }
        int n = to - from;
        double p = SearchCorrection.pValue(n, minSegment, SearchCorrection.tTestP(n, cut.share()));
        if (p > threshold) {
            return;
        }
        found.put(cut.index(), p);
        search(values, from, cut.index(), threshold, minSegment, found);
        search(values, cut.index(), to, threshold, minSegment, found);
    }

    /** Removes cuts below the minimum magnitude, smallest first; the splits of the others between their neighbours. */
    private static List<Split> prune(double[] values, NavigableMap<Integer, Double> cuts, ChangePointOptions options) {
        while (true) {
            List<Split> splits = splits(values, cuts);
            Split smallest = null;
            for (Split s : splits) {
                if (s.magnitude() < options.minMagnitude()
                        && (smallest == null || s.magnitude() < smallest.magnitude())) {
                    smallest = s;
                }
            }
            if (smallest == null) {
                return splits;
            }
            cuts.remove(smallest.index());
        }
    }

    private static List<Split> splits(double[] values, NavigableMap<Integer, Double> cuts) {
        List<Integer> list = new ArrayList<>(cuts.keySet());
        List<Split> splits = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            int from = i == 0 ? 0 : list.get(i - 1);
            int to = i == list.size() - 1 ? values.length : list.get(i + 1);
            splits.add(Split.of(values, from, list.get(i), to, cuts.get(list.get(i))));
        }
        return splits;
    }

    private static List<Integer> bounds(NavigableMap<Integer, Double> cuts, int length) {
        List<Integer> bounds = new ArrayList<>(cuts.keySet());
        bounds.add(length);
        return bounds;
    }
}
