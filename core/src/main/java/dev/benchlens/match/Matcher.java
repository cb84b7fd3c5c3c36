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
        List<MatchedPair> pairs = new ArrayList<>();
        List<CaseKey> onlyInBaseline = new ArrayList<>();
        for (KeyedMeasurement b : baseline.entries().values()) {
            KeyedMeasurement c = candidate.get(b.key());
            if (c == null) {
                onlyInBaseline.add(b.key());
            } else {
                pairs.add(new MatchedPair(b.key(), b, c));
            }
        }
        List<CaseKey> onlyInCandidate = new ArrayList<>();
        for (CaseKey key : candidate.entries().keySet()) {
            if (baseline.get(key) == null) {
                onlyInCandidate.add(key);
            }
        }
        return new Matching(pairs, onlyInBaseline, onlyInCandidate);
    }
}
