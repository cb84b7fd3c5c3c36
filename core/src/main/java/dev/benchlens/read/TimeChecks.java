package dev.benchlens.read;

import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.Speedup;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops measurements whose time cannot be a time (zero, negative, NaN or infinite) from a run of any format, with
 * a {@link RunWarning.Kind#DROPPED_MEASUREMENT} warning on the run for each, so that one bad number neither crashes nor skews a comparison. A speedup the run
 * states for such a measurement goes with it.
 */
public final class TimeChecks {

    private static final String DROPPED = " is not a positive number; measurement dropped";

    private TimeChecks() {}

    public static Run dropImpossibleTimes(Run run) {
        if (allPossible(run)) {
            return run;
        }
        List<RunWarning> warnings = new ArrayList<>(run.warnings());
        List<Case> cases = new ArrayList<>();
        for (Case c : run.cases()) {
            List<Operation> operations = new ArrayList<>();
            for (Operation op : c.operations()) {
                List<Measurement> kept = new ArrayList<>();
                for (Measurement m : op.measurements()) {
                    if (possible(m)) {
                        kept.add(m);
                    } else {
                        warnings.add(new RunWarning(
                                RunWarning.Kind.DROPPED_MEASUREMENT,
                                c.shape() + " " + c.dtype() + " " + c.layout() + " " + op.name() + " "
                                        + m.implementation() + ": time " + m.mean() + " " + m.unit()
                                        + DROPPED
                                        + (involves(op.speedup(), m) ? ", and the speedup stated with it" : "")));
                    }
                }
                if (!kept.isEmpty()) {
                    operations.add(new Operation(op.name(), op.description(), kept, speedupStillBacked(op, kept)));
                }
            }
            if (!operations.isEmpty() || c.operations().isEmpty()) {
                cases.add(new Case(c.shape(), c.dtype(), c.layout(), operations));
            }
        }
        return new Run(run.origin(), run.metadata(), cases, warnings, null);
    }

    /** A plain loop: it runs over every measurement of every run read, where streams built a pipeline per operation. */
    private static boolean allPossible(Run run) {
        for (Case c : run.cases()) {
            for (Operation op : c.operations()) {
                for (Measurement m : op.measurements()) {
                    if (!possible(m)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A stated speedup is kept only while both implementations it compares still have a time. */
    private static Speedup speedupStillBacked(Operation op, List<Measurement> kept) {
        Speedup speedup = op.speedup();
        if (speedup == null) {
            return null;
        }
        boolean backed = kept.stream().anyMatch(m -> m.implementation().equals(speedup.reference()))
                && kept.stream().anyMatch(m -> m.implementation().equals(speedup.candidate()));
        return backed ? speedup : null;
    }

    private static boolean involves(Speedup speedup, Measurement m) {
        return speedup != null
                && (speedup.reference().equals(m.implementation())
                        || speedup.candidate().equals(m.implementation()));
    }

    private static boolean possible(Measurement m) {
        return Double.isFinite(m.mean()) && m.mean() > 0;
    }
}
