package dev.benchlens.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EDivisiveTest {

    private static final ChangePointOptions DEFAULTS = ChangePointOptions.defaults();

    @Test
    void aTwentyPercentStepIsFoundAtItsRunWithItsRatio() {
        double[] logs = new double[20];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log((i >= 12 ? 0.8 : 1.0) * (1 + (i % 3 - 1) * 0.01));
        }
        List<Split> splits = EDivisive.detect(logs, DEFAULTS);
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
        assertEquals(List.of(), EDivisive.detect(logs, DEFAULTS));
    }

    @Test
    void twoStepsAreBothFound() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            double level = i < 10 ? 1.0 : i < 20 ? 1.5 : 1.2;
            logs[i] = Math.log(level * (1 + (i % 2 == 0 ? 0.01 : -0.01)));
        }
        assertEquals(
                List.of(10, 20),
                EDivisive.detect(logs, DEFAULTS).stream().map(Split::index).toList());
    }

    @Test
    void theMinimumMagnitudeDropsSmallSteps() {
        double[] logs = new double[30];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log((i >= 15 ? 1.03 : 1.0) * (1 + (i % 2 == 0 ? 0.001 : -0.001)));
        }
        assertEquals(1, EDivisive.detect(logs, DEFAULTS).size());
        assertEquals(List.of(), EDivisive.detect(logs, new ChangePointOptions(0.001, 0.05, 0.95)));
    }

    @Test
    void tooShortASeriesHasNoChange() {
        assertEquals(List.of(), EDivisive.detect(new double[] {0, 0, 1}, DEFAULTS));
    }

    /** Cells of the suite in docs/history.md, with fewer series: the rates the doc claims, within sampling error. */
    @Test
    void theSyntheticSuiteMeetsTheDocumentedRates() {
        var large = DetectorValidation.cell(0.20, 0.02, 30, 100, DEFAULTS, 1);
        assertTrue(large.detectionRate() >= 0.95, large.toString());
        var medium = DetectorValidation.cell(0.10, 0.05, 100, 100, DEFAULTS, 2);
        assertTrue(medium.detectionRate() >= 0.80, medium.toString());
        var none = DetectorValidation.cell(0, 0.05, 100, 200, DEFAULTS, 3);
        assertTrue(none.falseAlarmRate() <= 0.08, none.toString());
    }
}
