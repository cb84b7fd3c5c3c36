package dev.benchlens.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Case;
import dev.benchlens.format.DoubleList;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Matching is done in parallel over large runs; what it returns must keep the runs' own order. */
class MatcherTest {

    private static final int OPERATIONS = 20_000;

    @Test
    void pairsAndUnmatchedKeepEachRunsOrderOverManyKeys() {
        // The baseline lists op0..op19999; the candidate lists them backwards, without every 7th, plus its own.
        Run baseline = run("base", OPERATIONS, i -> true, false);
        Run candidate = run("cand", OPERATIONS, i -> i % 7 != 0, true);

        Matching matching =
                Matcher.match(RunIndex.of(baseline, Aliases.defaults()), RunIndex.of(candidate, Aliases.defaults()));

        List<String> expectedPairs = new ArrayList<>();
        List<String> expectedOnlyInBaseline = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            (i % 7 != 0 ? expectedPairs : expectedOnlyInBaseline).add("op" + i);
        }
        assertThat(matching.pairs()).extracting(p -> p.key().operation()).containsExactlyElementsOf(expectedPairs);
        assertThat(matching.pairs())
                .allSatisfy(p ->
                        assertThat(p.candidate().key()).isEqualTo(p.baseline().key()));
        assertThat(matching.onlyInBaseline())
                .extracting(CaseKey::operation)
                .containsExactlyElementsOf(expectedOnlyInBaseline);
        assertThat(matching.onlyInCandidate()).extracting(CaseKey::operation).containsExactly("extra2", "extra1");
    }

    private static Run run(String origin, int operations, IntPredicate kept, boolean backwards) {
        List<Operation> ops = new ArrayList<>();
        for (int n = 0; n < operations; n++) {
            int i = backwards ? operations - 1 - n : n;
            if (kept.test(i)) {
                ops.add(operation("op" + i));
            }
        }
        if (backwards) {
            ops.add(operation("extra2"));
            ops.add(operation("extra1"));
        }
        return new Run(
                origin,
                RunMetadata.ofSource("local"),
                List.of(new Case(Shape.of(64), "float32", Layout.CONTIGUOUS, ops)),
                List.of());
    }

    private static Operation operation(String name) {
        Measurement m = new Measurement("simd", "us", 3, 1.0, null, null, 0.1, DoubleList.of(0.9, 1.0, 1.1));
        return new Operation(name, "", List.of(m), null);
    }
}
