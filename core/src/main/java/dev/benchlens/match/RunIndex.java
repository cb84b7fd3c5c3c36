package dev.benchlens.match;

import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.SimdMode;
import dev.benchlens.format.Speedup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A run's measurements by {@link CaseKey}, names aliased, in the order the run lists them; built once so that
 * matching is a hash lookup.
 */
public final class RunIndex {

    private final Run run;
    private final Map<CaseKey, KeyedMeasurement> byKey;
    private final List<String> duplicates;

    private RunIndex(Run run, Map<CaseKey, KeyedMeasurement> byKey, List<String> duplicates) {
        this.run = run;
        this.byKey = byKey;
        this.duplicates = List.copyOf(duplicates);
    }

    public static RunIndex of(Run run, Aliases aliases) {
        return of(run, aliases, key -> true, Integer.MAX_VALUE);
    }

    /** The start of {@link #of}'s index: the run's first {@code count} distinct keys, each as {@link #of} keeps it. */
    public static RunIndex firstKeys(Run run, Aliases aliases, int count) {
        return of(run, aliases, key -> true, count);
    }

    /** {@link #of}'s index cut down to the {@code wanted} keys; the run is read only until all are found. */
    public static RunIndex restrictedTo(Run run, Aliases aliases, Set<CaseKey> wanted) {
        return of(run, aliases, wanted::contains, wanted.size());
    }

    private static RunIndex of(Run run, Aliases aliases, Predicate<CaseKey> kept, int count) {
        SimdMode simdMode = run.simdMode();
        Map<CaseKey, KeyedMeasurement> byKey = new LinkedHashMap<>(Math.min(run.measurementCount(), count) * 2);
        List<String> duplicates = new ArrayList<>();
        cases:
        for (Case c : run.cases()) {
            String dtype = aliases.dtype(c.dtype());
            Layout layout = aliases.layout(c.layout());
            for (Operation op : c.operations()) {
                String operation = aliases.operation(op.name());
                Speedup speedup = aliasedSpeedup(op.speedup(), aliases, simdMode);
                for (Measurement m : op.measurements()) {
                    if (byKey.size() == count) {
                        break cases;
                    }
                    String implementation = aliases.implementation(m.implementation(), simdMode);
                    CaseKey key = new CaseKey(c.shape(), dtype, layout, operation, implementation);
                    if (!kept.test(key)) {
                        continue;
                    }
                    Measurement reference = speedup == null ? null : find(op, speedup.reference(), aliases, simdMode);
                    if (byKey.putIfAbsent(key, new KeyedMeasurement(key, m, speedup, reference)) != null) {
                        duplicates.add(key.toString());
                    }
                }
            }
        }
        return new RunIndex(run, byKey, duplicates);
    }

    private static Speedup aliasedSpeedup(Speedup speedup, Aliases aliases, SimdMode simdMode) {
        if (speedup == null) {
            return null;
        }
        return new Speedup(
                aliases.implementation(speedup.reference(), simdMode),
                aliases.implementation(speedup.candidate(), simdMode),
                speedup.value());
    }

    private static Measurement find(Operation op, String implementation, Aliases aliases, SimdMode simdMode) {
        for (Measurement m : op.measurements()) {
            if (aliases.implementation(m.implementation(), simdMode).equals(implementation)) {
                return m;
            }
        }
        return null;
    }

    public Run run() {
        return run;
    }

    public KeyedMeasurement get(CaseKey key) {
        return byKey.get(key);
    }

    public Map<CaseKey, KeyedMeasurement> entries() {
        return Collections.unmodifiableMap(byKey);
    }

    /** Keys that occurred more than once in the run; only the first occurrence is used. */
    public List<String> duplicates() {
        return duplicates;
    }
}
