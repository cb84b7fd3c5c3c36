package dev.benchlens.bench.suite;

import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.cli.UsageErrors;
import dev.benchlens.format.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchlens run}: measures a suite with JMH (and the NumPy peer) and writes the artifact. */
@Command(
        name = "benchlens run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the kernel suite in JMH and writes <name>.json, <name>.metadata.json and <name>.jmh.json.",
            "BENCHLENS_SIMD=auto|force|disable picks the candidate (auto, simd, scalar); BENCHLENS_BLAS, "
                    + "BENCHLENS_THREADS, BENCHLENS_BLAS_LIB and BENCHLENS_PYTHON are read and recorded."
        })
public final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--suite",
            defaultValue = "quick",
            description =
                    "quick (seconds), axis0 (mean_axis0, ~1-5 min) or baseline (everything, < 20 min on 4 cores); "
                            + "default ${DEFAULT-VALUE}")
    String suite;

    @Option(names = "--shapes", description = "comma-separated, e.g. 512x512,1024x1024")
    String shapes;

    @Option(names = "--dtypes", description = "float32,float64,int32; the named suites use float32,float64")
    String dtypes;

    @Option(names = "--layouts", description = "contiguous,transposed")
    String layouts;

    @Option(
            names = "--ops",
            description = "sum,mean,mean_axis0,mean_axis1,broadcast_add,broadcast_add_out,scale," + "scale_out")
    String ops;

    @Option(names = "--impls", description = "scalar,simd,blas,auto,ejml,numpy; 'candidate' is the mode's own")
    String impls;

    @Option(names = "--warmup", description = "warmup iterations per fork")
    Integer warmup;

    @Option(names = "--iterations", description = "measured iterations per fork")
    Integer iterations;

    @Option(names = "--forks", description = "JVM forks per benchmark")
    Integer forks;

    @Option(names = "--time", description = "length of each iteration, e.g. 100ms or 1s")
    String time;

    @Option(names = "--bandwidth", description = "measure the one-core bandwidth probe first and record it")
    boolean bandwidth;

    @Option(
            names = "--source",
            description = "source label (docker, github-actions, local or your own); default:"
                    + " github-actions on a GitHub Actions runner (GITHUB_ACTIONS=true), else local")
    String source;

    @Option(
            names = "--out",
            defaultValue = "benchmarks",
            description = "output folder; default ${DEFAULT-VALUE} (git-ignored)")
    Path out;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit code: 0 done, 1 a run or write failed, 2 bad input. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new RunCommand()).setParameterExceptionHandler(UsageErrors.oneLine());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("benchlens run: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("benchlens run: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        SuitePlan plan = plan();
        SuiteRunner.Written written = new SuiteRunner(
                        plan,
                        new SuiteSettings(
                                source != null ? source : SuiteSettings.detectedSource(System.getenv()),
                                out,
                                bandwidth,
                                System.getenv()),
                        System.err)
                .run();
        System.out.println(written.artifact());
        return 0;
    }

    SuitePlan plan() {
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
