package dev.benchlens.read;

import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops measurements whose time cannot be a time (zero, negative, NaN or infinite) from a run of any format, with
 * a warning on the run for each, so that one bad number neither crashes nor skews a comparison.
 */
public final class TimeChecks {

    private TimeChecks() {
    }

    public static Run dropImpossibleTimes(Run run) {
        List<String> warnings = new ArrayList<>(run.warnings());
        List<Case> cases = new ArrayList<>();
        boolean changed = false;
        for (Case c : run.cases()) {
            List<Operation> operations = new ArrayList<>();
            for (Operation op : c.operations()) {
                List<Measurement> kept = new ArrayList<>();
                for (Measurement m : op.measurements()) {
                    if (Double.isFinite(m.mean()) && m.mean() > 0) {
                        kept.add(m);
                    } else {
                        warnings.add(c.shape() + " " + c.dtype() + " " + c.layout() + " " + op.name() + " "
                                + m.implementation() + ": time " + m.mean() + " " + m.unit()
                                + " is not a positive number; measurement dropped");
                    }
                }
                changed |= kept.size() != op.measurements().size();
                if (!kept.isEmpty()) {
                    operations.add(new Operation(op.name(), op.description(), kept, op.speedup()));
                }
            }
            if (!operations.isEmpty() || c.operations().isEmpty()) {
                cases.add(new Case(c.shape(), c.dtype(), c.layout(), operations));
            }
        }
        return changed ? new Run(run.origin(), run.metadata(), cases, warnings) : run;
    }
}
