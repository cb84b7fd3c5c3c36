package dev.benchlens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Case;
import dev.benchlens.format.Run;
import dev.benchlens.perf.ArtifactGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void firstRowsAreTheStartOfTheWholeComparisonWhateverTheCandidatesOrder() {
        Run baseline = ArtifactGenerator.generate("docker", 300, 1, i -> 1.0);
        Run other = ArtifactGenerator.generate("other", 800, 3, i -> 3.0);
        List<Case> cases = new ArrayList<>(ArtifactGenerator.generate("native", 300, 2, i -> i % 7 == 0 ? 0.5 : 1.0)
                .cases());
        cases.remove(1); // keys only in the baseline
        Collections.reverse(cases); // the candidate lists its keys in another order
        cases.add(other.cases().getLast()); // keys only in the candidate
        cases.addFirst(other.cases().getLast()); // measured twice: the first measurement is the one compared
        cases.addFirst(cases.get(3));
        Run candidate = new Run("native", baseline.metadata(), cases, List.of());
        Comparison whole = RunComparator.compare(baseline, List.of(candidate, other), CompareOptions.defaults());
        List<ComparisonRow> wholeRows = whole.rowsOf(0);
        int keys = baseline.measurementCount();

        List<Integer> sizes = new ArrayList<>();
        for (int first = 1; first <= keys + 1; first++) {
            RunComparator.FirstRows rows =
                    RunComparator.firstRows(baseline, List.of(candidate, other), CompareOptions.defaults(), first);

            assertThat(rows.candidates()).isEqualTo(whole.candidates());
            assertThat(rows.rows()).isEqualTo(wholeRows.subList(0, rows.rows().size()));
            sizes.add(rows.rows().size());
        }
        // Every baseline key past the dropped case adds its row; all of them make the whole comparison's rows.
        assertThat(sizes).isSorted();
        assertThat(sizes.getLast()).isEqualTo(wholeRows.size());
        assertThat(wholeRows.size()).isLessThan(keys);
    }
}
