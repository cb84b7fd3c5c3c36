package dev.benchlens.bench.suite;

import dev.benchlens.match.CaseKey;
import java.io.PrintStream;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's console output replaced by our progress lines. Everything else JMH prints is dropped, except a benchmark
 * failure, which is passed on whole so that its cause is visible.
 */
public final class ProgressFormat implements OutputFormat {

    private final Progress progress;
    private final PrintStream errors;
    private final double secondsPerBenchmark;
    private boolean inFailure;

    ProgressFormat(Progress progress, PrintStream errors, double secondsPerBenchmark) {
        this.progress = progress;
        this.errors = errors;
        this.secondsPerBenchmark = secondsPerBenchmark;
    }

    static String describe(BenchmarkParams params) {
        String bench = params.getBenchmark();
        String method = bench.substring(bench.lastIndexOf('.') + 1);
        if (params.getParam("op") == null) {
            return "bandwidth " + method + " " + params.getParam("mib") + " MiB";
        }
        return params.getParam("dtype") + " " + params.getParam("shape") + " " + params.getParam("layout") + " "
                + params.getParam("op") + " " + params.getParam("impl");
    }

    /** A measurement as progress lines and warnings name it: {@code float32 512x512 contiguous sum simd}. */
    public static String describe(CaseKey key) {
        return key.dtype() + " " + key.shape() + " " + key.layout() + " " + key.operation() + " "
                + key.implementation();
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        inFailure = false;
        progress.next(describe(params), secondsPerBenchmark);
    }

    @Override
    public void println(String s) {
        if (s.contains("<failure>")) {
            inFailure = true;
        }
        if (inFailure) {
            errors.println(s);
        }
    }

    @Override
    public void print(String s) {
        if (inFailure) {
            errors.print(s);
        }
    }

    @Override
    public void verbosePrintln(String s) {}

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

    @Override
    public void iterationResult(
            BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {}

    @Override
    public void endBenchmark(BenchmarkResult result) {}

    @Override
    public void startRun() {}

    @Override
    public void endRun(Collection<RunResult> result) {}

    @Override
    public void flush() {
        errors.flush();
    }

    @Override
    public void close() {
        errors.flush();
    }

    @Override
    public void write(int b) {
        if (inFailure) {
            errors.write(b);
        }
    }

    @Override
    public void write(byte[] b) {
        if (inFailure) {
            errors.write(b, 0, b.length);
        }
    }
}
