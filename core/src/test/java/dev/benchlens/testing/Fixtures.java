package dev.benchlens.testing;

import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.Shape;
import dev.benchlens.format.SimdMode;
import dev.benchlens.format.Speedup;
import java.util.Arrays;
import java.util.List;

/** Small builders for runs in tests, all times in milliseconds. */
public final class Fixtures {

    private static final RunSource TEST = RunSource.of("test");

    private Fixtures() {}

    /** A measurement with a known stddev and sample count and no raw samples. */
    public static Measurement ms(String implementation, double mean, Double stddev, Integer samples) {
        return new Measurement(implementation, "ms", samples, mean, null, null, stddev, List.of());
    }

    /** A measurement made of raw samples; mean and stddev left to be computed from them. */
    public static Measurement raw(String implementation, double... samples) {
        double mean = Arrays.stream(samples).average().orElseThrow();
        return new Measurement(
                implementation,
                "ms",
                null,
                mean,
                null,
                null,
                null,
                Arrays.stream(samples).boxed().toList());
    }

    public static Operation op(String name, Speedup speedup, Measurement... measurements) {
        return new Operation(name, "", List.of(measurements), speedup);
    }

    public static Case square(long side, String dtype, Operation... operations) {
        return new Case(Shape.of(side, side), dtype, null, List.of(operations));
    }

    public static Run run(String origin, String simdMode, Case... cases) {
        RunMetadata metadata = new RunMetadata(
                TEST, SimdMode.of(simdMode), null, null, null, null, null, null, null, null, null, null, null, null);
        return new Run(origin, metadata, List.of(cases), List.of());
    }
}
