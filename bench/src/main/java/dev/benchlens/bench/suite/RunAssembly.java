package dev.benchlens.bench.suite;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Speedup;
import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a run's measurements in the artifact's order: the plan's cases, its operations, the implementations. */
public final class RunAssembly {

    private RunAssembly() {}

    /**
     * The cases of {@code plan} with what was measured of {@code impls}; an operation or case with nothing measured is
     * left out. Each operation's speedup is {@code reference} time / {@code candidate} time where both were measured.
     */
    public static List<Case> cases(
            SuitePlan plan,
            Map<CaseKey, Measurement> measured,
            List<Implementation> impls,
            Implementation candidate,
            Implementation reference) {
        List<Case> cases = new ArrayList<>();
        for (SuitePlan.PlannedCase planned : plan.cases()) {
            List<Operation> operations = new ArrayList<>();
            for (KernelOp op : plan.ops()) {
                Map<Implementation, Measurement> byImpl = new LinkedHashMap<>();
                for (Implementation impl : impls) {
                    Measurement m = measured.get(planned.key(op, impl));
                    if (m != null) {
                        byImpl.put(impl, m);
                    }
                }
                if (!byImpl.isEmpty()) {
                    operations.add(new Operation(
                            op.label(),
                            op.description(),
                            List.copyOf(byImpl.values()),
                            speedup(byImpl, candidate, reference)));
                }
            }
            if (!operations.isEmpty()) {
                cases.add(new Case(
                        planned.shape(),
                        planned.dtype().label(),
                        planned.layout().recorded(),
                        operations));
            }
        }
        return cases;
    }

    /** Every key the plan should have measured for {@code impls}, leaving out the dtypes an implementation lacks. */
    public static List<CaseKey> expectedKeys(SuitePlan plan, List<Implementation> impls) {
        List<CaseKey> keys = new ArrayList<>();
        for (SuitePlan.PlannedCase planned : plan.cases()) {
            for (KernelOp op : plan.ops()) {
                for (Implementation impl : impls) {
                    if (impl.appliesTo(planned.dtype())) {
                        keys.add(planned.key(op, impl));
                    }
                }
            }
        }
        return keys;
    }

    private static Speedup speedup(
            Map<Implementation, Measurement> byImpl, Implementation candidate, Implementation reference) {
        Measurement c = byImpl.get(candidate);
        Measurement r = byImpl.get(reference);
        return c == null || r == null || c.meanSeconds() <= 0
                ? null
                : new Speedup(reference.label(), candidate.label(), r.meanSeconds() / c.meanSeconds());
    }
}
