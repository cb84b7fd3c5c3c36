package dev.benchlens.bench.suite;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What one run measures and how long it looks at each benchmark. {@code impls} may name
 * {@link ImplementationChoice#CANDIDATE}, which stands for the implementation of the run's {@code BENCHLENS_SIMD}
 * mode.
 *
 * @param name  {@code quick}, {@code axis0}, {@code baseline}, or {@code custom}
 */
public record SuitePlan(
        String name,
        List<Shape> shapes,
        List<DType> dtypes,
        List<Layout> layouts,
        List<KernelOp> ops,
        List<ImplementationChoice> impls,
        int warmupIterations,
        int iterations,
        int forks,
        int iterationMillis) {

    /** Planned seconds for a fork to start, pre-touch its heap, load JMH and build inputs (1.4 s seen when loaded). */
    static final double FORK_OVERHEAD_SECONDS = 0.8;

    public SuitePlan {
        shapes = List.copyOf(shapes);
        dtypes = List.copyOf(dtypes);
        layouts = List.copyOf(layouts);
        ops = List.copyOf(ops);
        impls = List.copyOf(impls);
        if (warmupIterations < 0 || iterations < 1 || forks < 1 || iterationMillis < 1) {
            throw new IllegalArgumentException("need warmup >= 0, iterations >= 1, forks >= 1 and time >= 1 ms");
        }
        for (Shape shape : shapes) {
            if (shape.dims().size() != 2 || !fitsAnArray(shape)) {
                throw new IllegalArgumentException("shape " + shape + " is not a non-empty 2-D shape that fits a "
                        + "Java array (rows x cols, e.g. 512x512)");
            }
        }
        if (shapes.isEmpty() || dtypes.isEmpty() || layouts.isEmpty() || ops.isEmpty() || impls.isEmpty()) {
            throw new IllegalArgumentException("shapes, dtypes, layouts, ops and impls each need at least one value");
        }
    }

    /** Every named suite measures the candidate against EJML and NumPy. */
    private static final List<ImplementationChoice> CANDIDATE_AND_PEERS = List.of(
            ImplementationChoice.CANDIDATE,
            ImplementationChoice.of(Implementation.EJML),
            ImplementationChoice.of(Implementation.NUMPY));

    /** The named suites' dtypes; int32 is chosen with {@code --dtypes}, so it does not stretch their budgets. */
    private static final List<DType> FLOAT_DTYPES = List.of(DType.FLOAT32, DType.FLOAT64);

    private static final List<Shape> STANDARD_SHAPES =
            List.of(Shape.of(512, 512), Shape.of(1024, 1024), Shape.of(2048, 2048));

    /** The named suites; each keeps to its time budget (see {@code docs/bench.md}). */
    public static SuitePlan named(String suite) {
        return switch (suite) {
            case "quick" ->
                new SuitePlan(
                        "quick",
                        List.of(Shape.of(128, 128)),
                        List.of(DType.FLOAT32),
                        List.of(Layout.CONTIGUOUS),
                        List.of(KernelOp.SUM, KernelOp.MEAN_AXIS0),
                        CANDIDATE_AND_PEERS,
                        2,
                        3,
                        1,
                        100);
            case "axis0" ->
                new SuitePlan(
                        "axis0",
                        STANDARD_SHAPES,
                        FLOAT_DTYPES,
                        List.of(Layout.CONTIGUOUS),
                        List.of(KernelOp.MEAN_AXIS0),
                        CANDIDATE_AND_PEERS,
                        3,
                        5,
                        2,
                        200);
            case "baseline" ->
                new SuitePlan(
                        "baseline",
                        STANDARD_SHAPES,
                        FLOAT_DTYPES,
                        List.of(Layout.values()),
                        List.of(KernelOp.values()),
                        CANDIDATE_AND_PEERS,
                        3,
                        5,
                        2,
                        100);
            default ->
                throw new IllegalArgumentException("unknown suite '" + suite + "' (expected quick, axis0 or baseline)");
        };
    }

    private static boolean fitsAnArray(Shape shape) {
        try {
            return shape.elements() >= 1 && shape.elements() <= Integer.MAX_VALUE - 16;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** The implementations with the candidate resolved to {@code candidate}, without repeats, in order. */
    public List<Implementation> resolvedImpls(Implementation candidate) {
        List<Implementation> out = new ArrayList<>();
        for (ImplementationChoice choice : impls) {
            Implementation impl = choice.resolve(candidate);
            if (!out.contains(impl)) {
                out.add(impl);
            }
        }
        return out;
    }

    /** One case of the plan: an input of a shape, dtype and layout. */
    public record PlannedCase(Shape shape, DType dtype, Layout layout) {

        public int rows() {
            return Math.toIntExact(shape.dims().get(0));
        }

        public int cols() {
            return Math.toIntExact(shape.dims().get(1));
        }

        /** The key of {@code op} by {@code impl} on this case, as the artifact and the JMH params name it. */
        public CaseKey key(KernelOp op, Implementation impl) {
            return new CaseKey(shape, dtype.label(), layout.recorded(), op.label(), impl.label());
        }
    }

    /** Every case of the plan, shape by shape, then dtype, then layout: the order of the artifact's cases. */
    public List<PlannedCase> cases() {
        List<PlannedCase> cases = new ArrayList<>();
        for (Shape shape : shapes) {
            for (DType dtype : dtypes) {
                for (Layout layout : layouts) {
                    cases.add(new PlannedCase(shape, dtype, layout));
                }
            }
        }
        return cases;
    }

    /** The plan's settings as a run records them, measured by {@code tool}. */
    public RunMetadata.Harness harness(String tool) {
        return new RunMetadata.Harness(
                tool, "avgt", warmupIterations, iterationMillis + " ms", iterations, iterationMillis + " ms", forks);
    }

    /** Seconds one JMH benchmark (all its forks) is expected to take. */
    public double secondsPerBenchmark() {
        return forks * (FORK_OVERHEAD_SECONDS + (warmupIterations + iterations) * iterationMillis / 1000.0);
    }

    public List<String> shapeLabels() {
        return shapes.stream().map(Shape::toString).toList();
    }

    static <T> List<T> parseList(String csv, Function<String, T> parser) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(parser)
                .toList();
    }
}
