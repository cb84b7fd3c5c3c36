package dev.benchlens.compare;

import dev.benchlens.stats.LogSpread;
import dev.benchlens.stats.MannWhitneyU;
import dev.benchlens.stats.SampleStats;
import java.util.List;
import java.util.Locale;

/**
 * Decides a row's verdict with a test that can decide: Mann-Whitney U on the raw times when the sample sizes let it
 * reach alpha at all, else Welch's t on the log of the means the ratio is made of; untested, with the reason, when
 * neither can be done.
 */
final class Verdicts {

    private Verdicts() {}

    static Significance of(
            RatioBasis basis, double[] bRaw, double[] cRaw, List<SampleStats> terms, double ratio, double alpha) {
        if (basis == RatioBasis.TIME
                && bRaw.length > 0
                && cRaw.length > 0
                && allFinite(bRaw)
                && allFinite(cRaw)
                && MannWhitneyU.smallestPValue(bRaw.length, cRaw.length) < alpha) {
            return Significance.tested(Significance.Test.MANN_WHITNEY_U, MannWhitneyU.pValue(bRaw, cRaw), alpha);
        }
        LogSpread spread = LogSpread.of(terms);
        if (spread == null || !(ratio > 0) || !Double.isFinite(ratio)) {
            return Significance.untested(whyUntestable(terms));
        }
        return Significance.tested(Significance.Test.WELCH_LOG_T, spread.pValueAgainstOne(ratio), alpha);
    }

    private static String whyUntestable(List<SampleStats> terms) {
        for (SampleStats s : terms) {
            if (s == null) {
                return "the reference time is not measured beside the stated speedup";
            }
            if (s.n() == null) {
                return "sample count unknown";
            }
            if (s.n() < 2) {
                return String.format(Locale.ROOT, "only %d sample: no test can decide", s.n());
            }
            if (Double.isNaN(s.stddevSeconds())) {
                return "no standard deviation and too few raw samples for a rank test";
            }
        }
        return "no test applies";
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
