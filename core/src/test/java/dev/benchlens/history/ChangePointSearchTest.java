package dev.benchlens.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangePointSearchTest {

    private static final ChangePointOptions DEFAULTS = ChangePointOptions.defaults();

    private static List<Integer> strong(double[] logs, ChangePointOptions options) {
        return ChangePointSearch.detect(logs, options).strong().stream()
                .map(Split::index)
                .toList();
    }

    @Test
    void aTwentyPercentStepIsFoundAtItsRunWithItsRatio() {
        double[] logs = new double[20];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log((i >= 12 ? 0.8 : 1.0) * (1 + (i % 3 - 1) * 0.01));
        }
        List<Split> splits = ChangePointSearch.detect(logs, DEFAULTS).strong();
        assertEquals(1, splits.size(), splits.toString());
        Split split = splits.getFirst();
        assertEquals(12, split.index());
        assertEquals(0.8, split.ratio(), 0.005);
        assertTrue(split.interval(0.95).contains(split.ratio()));
        assertTrue(split.pValue() < 1e-6);
    }

    @Test
    void aFlatSeriesHasNoChange() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(1 + (i % 5 - 2) * 0.01);
        }
        assertEquals(List.of(), strong(logs, DEFAULTS));
    }

    @Test
    void twoStepsAreBothFound() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            double level = i < 10 ? 1.0 : i < 20 ? 1.5 : 1.2;
            logs[i] = Math.log(level * (1 + (i % 2 == 0 ? 0.01 : -0.01)));
        }
        assertEquals(List.of(10, 20), strong(logs, DEFAULTS));
    }

    @Test
    void theMinimumMagnitudeDropsSmallSteps() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log((i >= 15 ? 1.03 : 1.0) * (1 + (i % 2 == 0 ? 0.001 : -0.001)));
        }
        assertEquals(List.of(15), strong(logs, DEFAULTS));
        assertEquals(List.of(), strong(logs, DEFAULTS.withMinMagnitude(0.05)));
    }

    @Test
    void aStepCloserToAnEndThanTheMinimumSegmentIsNotReported() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log((i >= 27 ? 0.5 : 1.0) * (1 + (i % 2 == 0 ? 0.01 : -0.01)));
        }
        // Five runs after a cut at the least: the best allowed cut holds two runs of the old level.
        assertEquals(List.of(25), strong(logs, DEFAULTS));
        assertEquals(List.of(27), strong(logs, DEFAULTS.withMinSegment(3)));
    }

    @Test
    void tooShortASeriesHasNoChange() {
        assertEquals(List.of(), strong(new double[] {0, 0, 1, 1, 1, 0, 0, 1, 1}, DEFAULTS));
    }

    @Test
    void aStepTooSmallForTheThresholdIsWeakAndTheStrongOnesStayTheSame() {
        SplittableRandom random = new SplittableRandom(5);
        double[] logs = new double[40];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = 0.02 * random.nextGaussian() + (i >= 20 ? Math.log(1.025) : 0);
        }
        ChangePointSearch.Found found = ChangePointSearch.detect(logs, DEFAULTS);
        assertEquals(List.of(), found.strong().stream().map(Split::index).toList());
        assertEquals(1, found.weak().size(), found.toString());
        Split weak = found.weak().getFirst();
        assertTrue(weak.pValue() > DEFAULTS.maxPValue() && weak.pValue() <= DEFAULTS.weakPValue(), weak.toString());
        assertEquals(
                List.of(), strong(logs, DEFAULTS.withMaxP(0.001)), "the weak level changes nothing among the strong");
    }

    /**
     * The stated level holds whatever the length: at p 0.01 (so that a few thousand series can tell), step-free
     * series of 12, 30, 100 and 400 runs get a change point in about 1% of cases, not the several percent that the
     * best cut's own t-test gives.
     */
    @Test
    void falseAlarmsStayAtTheStatedLevelForEveryLength() {
        ChangePointOptions options = DEFAULTS.withMaxP(0.01);
        long seed = 40;
        for (int runs : new int[] {12, 30, 100, 400}) {
            var none = DetectorValidation.cell(0, 0.05, runs, 4000, options, seed++);
            // 1% of 4,000 is 40 series; 62 is more than three standard deviations above it.
            assertTrue(none.seriesWithFalseAlarm() <= 62, runs + " runs: " + none);
            assertTrue(none.seriesWithFalseAlarm() >= 18, runs + " runs, too conservative: " + none);
        }
    }

    /** Cells of the suite in docs/history.md, with fewer series: the rates the doc claims, within sampling error. */
    @Test
    void theSyntheticSuiteMeetsTheDocumentedRates() {
        var large = DetectorValidation.cell(0.20, 0.02, 30, 200, DEFAULTS, 1);
        assertTrue(large.detectionRate() >= 0.95, large.toString());
        var medium = DetectorValidation.cell(0.10, 0.02, 100, 200, DEFAULTS, 2);
        assertTrue(medium.detectionRate() >= 0.95, medium.toString());
    }
}
