package dev.benchlens.match;

import java.util.List;

/** How a baseline and one candidate line up: the matched pairs and what only one side measured, all sorted by key. */
public record Matching(List<MatchedPair> pairs, List<CaseKey> onlyInBaseline, List<CaseKey> onlyInCandidate) {

    public Matching {
        pairs = List.copyOf(pairs);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCandidate = List.copyOf(onlyInCandidate);
    }
}
