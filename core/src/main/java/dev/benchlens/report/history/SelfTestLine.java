package dev.benchlens.report.history;

import dev.benchlens.history.SelfTest;
import java.util.List;
import java.util.Locale;

/**
 * One group's self-test in a line, the same on the command line and in the History tab, e.g.
 * {@code GitHub · auto (100 runs, 288 series): a step for the worse of 5% found in 31%, 10% in 92%, 20% in 100%;
 * 3 change points elsewhere in 2,592 trials}.
 */
public final class SelfTestLine {

    private SelfTestLine() {}

    public static String of(SelfTest.GroupResult group) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "%s (%d runs, %d series): a step for the worse of",
                group.group(),
                group.runs(),
                group.series()));
        List<SelfTest.StepRate> rates = group.rates();
        int trials = 0;
        int elsewhere = 0;
        for (int i = 0; i < rates.size(); i++) {
            SelfTest.StepRate rate = rates.get(i);
            line.append(i == 0 ? " " : ", ")
                    .append(String.format(Locale.ROOT, "%.0f%%", rate.step() * 100))
                    .append(i == 0 ? " found in " : " in ")
                    .append(String.format(Locale.ROOT, "%.0f%%", rate.foundRate() * 100));
            trials += rate.trials();
            elsewhere += rate.falseChanges();
        }
        return line.append(String.format(Locale.ROOT, "; %d change point(s) elsewhere in %d trials", elsewhere, trials))
                .toString();
    }
}
