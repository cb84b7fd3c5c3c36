package dev.benchlens.bench.suite;

import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.format.Shape;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options that choose what a suite measures and how long: a named suite, narrowed or changed by the rest. */
public final class SuiteOptions {

    @Option(
            names = "--suite",
            defaultValue = "quick",
            description =
                    "quick (seconds), axis0 (mean_axis0, ~1-5 min) or baseline (everything, < 20 min on 4 cores); "
                            + "default ${DEFAULT-VALUE}")
    public String suite;

    @Option(names = "--shapes", description = "comma-separated, e.g. 512x512,1024x1024")
    public String shapes;

    @Option(names = "--dtypes", description = "float32,float64,int32; the named suites use float32,float64")
    public String dtypes;

    @Option(names = "--layouts", description = "contiguous,transposed")
    public String layouts;

    @Option(
            names = "--ops",
            description = "sum,mean,mean_axis0,mean_axis1,broadcast_add,broadcast_add_out,scale," + "scale_out")
    public String ops;

    @Option(names = "--impls", description = "scalar,simd,blas,auto,ejml,numpy; 'candidate' is the mode's own")
    public String impls;

    @Option(names = "--warmup", description = "warmup iterations per fork")
    public Integer warmup;

    @Option(names = "--iterations", description = "measured iterations per fork")
    public Integer iterations;

    @Option(names = "--forks", description = "JVM forks per benchmark")
    public Integer forks;

    @Option(names = "--time", description = "length of each iteration, e.g. 100ms or 1s")
    public String time;

    /** The named suite with every option given applied to it; bad values throw IllegalArgumentException. */
    public SuitePlan plan() {
        SuitePlan base = SuitePlan.named(suite);
        return new SuitePlan(
                base.name(),
                shapes == null ? base.shapes() : SuitePlan.parseList(shapes, Shape::parse),
                dtypes == null ? base.dtypes() : SuitePlan.parseList(dtypes, DType::parse),
                layouts == null ? base.layouts() : SuitePlan.parseList(layouts, Layout::parse),
                ops == null ? base.ops() : SuitePlan.parseList(ops, KernelOp::parse),
                impls == null ? base.impls() : SuitePlan.parseList(impls, ImplementationChoice::parse),
                warmup == null ? base.warmupIterations() : warmup,
                iterations == null ? base.iterations() : iterations,
                forks == null ? base.forks() : forks,
                time == null ? base.iterationMillis() : millis(time));
    }

    static int millis(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Integer.parseInt(t.substring(0, t.length() - 2).trim());
            }
            if (t.endsWith("s")) {
                return Math.toIntExact(Math.round(
                        Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--time must look like 100ms or 1s, got '" + text + "'");
    }
}
