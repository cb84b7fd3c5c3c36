package dev.benchlens.compare;

import dev.benchlens.format.Fact;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What two runs recorded differently that bears on one implementation's time, one hint each, e.g. {@code Docker had
 * a CPU quota of 1.5; local 2 cores}. Only what both runs recorded is compared: a run that says nothing about a
 * fact (the upstream layout records no thread count or vector width) gives no hint about it.
 */
final class RecordedDifferences {

    private RecordedDifferences() {}

    static List<String> of(Run baseline, Run candidate, String implementation) {
        String impl = implementation.toLowerCase(Locale.ROOT);
        boolean numpy = impl.equals("numpy");
        Sides sides = new Sides(baseline, candidate);
        List<String> hints = new ArrayList<>();
        sides.hint(RecordedDifferences::processors, "had", hints);
        if (!numpy) {
            sides.hint(r -> suffixed(threads(r), " threads"), "ran", hints);
            sides.hint(r -> suffixed(r.metadata().vectorBits(), "-bit vectors"), "had", hints);
        }
        if (impl.equals("blas") || impl.equals("auto")) {
            sides.hint(
                    r -> r.metadata().blas() == null
                            ? null
                            : r.metadata().blas().config(),
                    "had BLAS",
                    hints);
        }
        if (numpy) {
            sides.hint(r -> r.identity().value(Fact.NUMPY_BLAS_CORE), "had NumPy's BLAS core", hints);
            sides.hint(r -> r.identity().value(Fact.NUMPY_SIMD), "had NumPy SIMD", hints);
        }
        return hints;
    }

    /** {@code a CPU quota of 1.5} in a limited container, else {@code 4 cores}; null when unrecorded. */
    private static String processors(Run run) {
        RunMetadata m = run.metadata();
        if (m.container() != null && m.container().cgroupCpuLimit() != null) {
            return "a CPU quota of " + number(m.container().cgroupCpuLimit());
        }
        return m.host() == null || m.host().cores() == null ? null : m.host().cores() + " cores";
    }

    private static String threads(Run run) {
        String recorded = run.metadata().extra().get("threads");
        return recorded != null ? recorded : run.identity().value(Fact.THREADS);
    }

    private static String suffixed(Object value, String suffix) {
        return value == null ? null : value + suffix;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The two runs, named as a hint names them: by environment, or baseline and candidate when those are alike. */
    private record Sides(Run baseline, Run candidate, String baselineName, String candidateName) {
        Sides(Run baseline, Run candidate) {
            this(baseline, candidate, name(baseline, candidate, "baseline"), name(candidate, baseline, "candidate"));
        }

        private static String name(Run run, Run other, String role) {
            String env = run.identity().environment().label();
            return env.equals(other.identity().environment().label()) ? role : env;
        }

        void hint(Function<Run, String> fact, String verb, List<String> into) {
            String b = fact.apply(baseline);
            String c = fact.apply(candidate);
            if (b != null && c != null && !Objects.equals(b, c)) {
                into.add(baselineName + " " + verb + " " + b + "; " + candidateName + " " + c);
            }
        }
    }
}
