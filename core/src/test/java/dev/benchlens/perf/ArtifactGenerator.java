package dev.benchlens.perf;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.format.Speedup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Makes large synthetic runs in Benchlens's own format: cases of 50 operations, each measured by {@code scalar}
 * and {@code simd} with 5 raw samples (3% noise) and a stated speedup. Same seed, same run.
 *
 * <p>Command: {@code java -cp ... dev.benchlens.perf.ArtifactGenerator OUT.json OPERATIONS SEED [FACTOR]}.
 */
public final class ArtifactGenerator {

    public static final int OPERATIONS_PER_CASE = 50;
    private static final int SAMPLES = 5;

    private ArtifactGenerator() {}

    /**
     * Writes the artifacts.
     *
     * @param timeFactor the factor on every time of operation number i (e.g. {@code i -> 1.0} for a rerun of the
     *                   same code, {@code i -> i % 100 == 0 ? 0.5 : 1} for a few changes)
     */
    public static Run generate(String origin, int operations, long seed, IntToDoubleFunction timeFactor) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>();
        int made = 0;
        for (int c = 0; made < operations; c++) {
            List<Operation> ops = new ArrayList<>();
            for (int o = 0; o < OPERATIONS_PER_CASE && made < operations; o++, made++) {
                // The base times depend only on the operation's index, so two seeds measure the same code.
                double scalarNs = 1_000 + (made % 997) * 37.0;
                double simdNs = scalarNs / (2 + made % 13);
                double factor = timeFactor.applyAsDouble(made);
                Measurement scalar = measurement("scalar", scalarNs * factor, random);
                Measurement simd = measurement("simd", simdNs * factor, random);
                ops.add(new Operation(
                        String.format("op%02d", o),
                        "",
                        List.of(scalar, simd),
                        new Speedup("scalar", "simd", scalar.mean() / simd.mean())));
            }
            long side = 8 + c / 2L;
            cases.add(new Case(Shape.of(side, side), c % 2 == 0 ? "float32" : "float64", null, ops));
        }
        return new Run(origin, RunMetadata.ofSource("generated"), cases, List.of());
    }

    private static Measurement measurement(String implementation, double meanNs, SplittableRandom random) {
        List<Double> raw = new ArrayList<>(SAMPLES);
        double sum = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < SAMPLES; i++) {
            double v = meanNs * (1 + 0.03 * gaussian(random));
            raw.add(v);
            sum += v;
            min = Math.min(min, v);
        }
        double mean = sum / SAMPLES;
        double squares = 0;
        for (double v : raw) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (SAMPLES - 1));
        List<Double> sorted = raw.stream().sorted().toList();
        return new Measurement(implementation, "ns", SAMPLES, mean, sorted.get(SAMPLES / 2), min, sd, raw);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ArtifactGenerator OUT.json OPERATIONS SEED [FACTOR]");
            System.exit(2);
        }
        double factor = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        Run run = generate(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2]), i -> factor);
        ArtifactJson.write(run, Path.of(args[0]));
    }
}
