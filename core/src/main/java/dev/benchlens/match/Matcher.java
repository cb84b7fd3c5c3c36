package dev.benchlens.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up two indexed runs by key in time linear in their size (one hash lookup per key). Like benchstat, it
 * keeps the order in which the runs list their measurements: the baseline's for pairs, each run's own for the
 * unmatched.
 */
public final class Matcher {

    private Matcher() {}

    public static Matching match(RunIndex baseline, RunIndex candidate) {
        // The lookups are independent and, over 100,000s of keys, mostly wait on memory: they are done in parallel,
        // in order, and the results then split into pairs and the baseline's unmatched keys in one pass.
        List<KeyedMeasurement> inBaseline = List.copyOf(baseline.entries().values());
        List<KeyedMeasurement> partners =
                inBaseline.parallelStream().map(b -> candidate.get(b.key())).toList();
        List<MatchedPair> pairs = new ArrayList<>(inBaseline.size());
        List<CaseKey> onlyInBaseline = new ArrayList<>();
        for (int i = 0; i < inBaseline.size(); i++) {
            KeyedMeasurement b = inBaseline.get(i);
            KeyedMeasurement c = partners.get(i);
            if (c == null) {
                onlyInBaseline.add(b.key());
            } else {
                pairs.add(new MatchedPair(b.key(), b, c));
            }
        }
        List<CaseKey> onlyInCandidate = candidate.entries().keySet().parallelStream()
                .filter(key -> baseline.get(key) == null)
                .toList();
        return new Matching(pairs, onlyInBaseline, onlyInCandidate);
    }
}
