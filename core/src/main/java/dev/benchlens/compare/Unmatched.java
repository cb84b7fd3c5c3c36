package dev.benchlens.compare;

import dev.benchlens.match.CaseKey;
import java.util.List;

/** What only the baseline or only one candidate measured. */
public record Unmatched(int candidateIndex, List<CaseKey> onlyInBaseline, List<CaseKey> onlyInCandidate) {

    public Unmatched {
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCandidate = List.copyOf(onlyInCandidate);
    }
}
