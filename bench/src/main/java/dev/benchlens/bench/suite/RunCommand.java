package dev.benchlens.bench.suite;

import dev.benchlens.cli.UsageErrors;
import dev.benchlens.format.RunSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SuiteOptions suiteOptions = new SuiteOptions();

    @Option(
            names = "--bandwidth",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "measure the one-core bandwidth probe first and record it (a few seconds; the default),"
                    + " so that every kernel is shown against its own run's limit; --no-bandwidth skips it")
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
                                source != null ? RunSource.of(source) : SuiteSettings.detectedSource(System.getenv()),
                                out,
                                bandwidth,
                                System.getenv()),
                        System.err)
                .run();
        System.out.println(written.artifact());
        return 0;
    }

    SuitePlan plan() {
        return suiteOptions.plan();
    }
}
