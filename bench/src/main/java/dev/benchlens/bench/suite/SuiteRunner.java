package dev.benchlens.bench.suite;

import dev.benchlens.bench.blas.OpenBlas;
import dev.benchlens.bench.jmh.BandwidthBenchmark;
import dev.benchlens.bench.jmh.KernelBenchmark;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.bench.peers.NumpyPeer;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.format.Speedup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Runs a suite: the JMH benchmarks in forked JVMs, then the NumPy peer, and writes the artifact with its metadata
 * sidecar and JMH's raw JSON.
 */
public final class SuiteRunner {

    private final SuitePlan plan;
    private final SuiteSettings settings;
    private final PrintStream log;

    public SuiteRunner(SuitePlan plan, SuiteSettings settings, PrintStream log) {
        this.plan = plan;
        this.settings = settings;
        this.log = log;
    }

    /** Where the run's files were written. */
    public record Written(Path artifact, Path metadata, Path jmh, Run run) {
    }

    public Written run() throws IOException {
        Instant started = Instant.now();
        Knobs knobs = Knobs.from(settings.env());
        String candidate = Implementations.candidateFor(knobs.simd());
        List<String> warnings = new ArrayList<>();
        List<String> impls = new ArrayList<>(plan.resolvedImpls(candidate));

        OpenBlas.Loaded blas = OpenBlas.load(knobs.blasLib(), knobs.threads());
        if (blas.unavailableReason() != null && impls.remove(Implementations.BLAS)) {
            note(warnings, blas.unavailableReason());
        }
        NumpyPeer numpy = NumpyPeer.fromEnvironment(settings.env());
        if (impls.contains(Implementations.NUMPY)) {
            Optional<String> reason = numpy.unavailableReason();
            if (reason.isPresent()) {
                impls.remove(Implementations.NUMPY);
                note(warnings, reason.get());
            }
        }
        List<String> jvmImpls = impls.stream().filter(i -> !i.equals(Implementations.NUMPY)).toList();
        boolean withNumpy = impls.contains(Implementations.NUMPY);
        for (DType dtype : plan.dtypes()) {
            for (String impl : impls) {
                Implementations.notApplicableReason(impl, dtype).ifPresent(reason -> note(warnings, reason));
            }
        }
        Map<List<String>, List<DType>> jmhGroups = dtypesByImpls(jvmImpls);

        int perDtype = plan.shapes().size() * plan.layouts().size() * plan.ops().size();
        int caseOps = perDtype * plan.dtypes().size();
        int bandwidthSteps = settings.bandwidth() ? 6 : 0;
        int jmhSteps = 0;
        for (Map.Entry<List<String>, List<DType>> group : jmhGroups.entrySet()) {
            jmhSteps += perDtype * group.getValue().size() * group.getKey().size();
        }
        int numpySteps = withNumpy ? caseOps : 0;
        double numpySeconds = (plan.warmupIterations() + plan.iterations()) * plan.iterationMillis() / 1000.0 + 0.05;
        Progress progress = new Progress(log, bandwidthSteps + jmhSteps + numpySteps,
                (bandwidthSteps + jmhSteps) * plan.secondsPerBenchmark() + numpySteps * numpySeconds);

        List<RunResult> jmhResults = new ArrayList<>();
        Map<String, String> extra = new TreeMap<>();
        if (settings.bandwidth()) {
            List<RunResult> probe = runJmh(progress, options(BandwidthBenchmark.class.getName() + "\\.\\w+"));
            jmhResults.addAll(probe);
            extra.putAll(bandwidthFigures(probe));
        }
        Map<BenchmarkKey, Measurement> measured = new LinkedHashMap<>();
        for (Map.Entry<List<String>, List<DType>> group : jmhGroups.entrySet()) {
            List<RunResult> kernels = runJmh(progress, options(Pattern.quote(KernelBenchmark.class.getName()) + "\\.run")
                    .param("shape", plan.shapeLabels().toArray(String[]::new))
                    .param("dtype", group.getValue().stream().map(DType::label).toArray(String[]::new))
                    .param("layout", plan.layouts().stream().map(Layout::label).toArray(String[]::new))
                    .param("op", plan.ops().stream().map(KernelOp::label).toArray(String[]::new))
                    .param("impl", group.getKey().toArray(String[]::new)));
            jmhResults.addAll(kernels);
            measured.putAll(JmhMeasurements.convert(kernels));
            JmhMeasurements.forkWarnings(kernels).forEach(w -> note(warnings, w));
        }
        if (withNumpy) {
            // The JMH results took minutes; a failing peer must not cost them, so it becomes a warning.
            try {
                NumpyPeer.Versions versions = measureNumpy(numpy, progress, measured, numpySeconds);
                extra.put("numpy_version", versions.numpy());
                extra.put("python_version", versions.python());
            } catch (IOException e) {
                note(warnings, "numpy peer failed: " + e.getMessage());
            }
        }
        for (BenchmarkKey key : expectedKeys(impls)) {
            if (!measured.containsKey(key)) {
                note(warnings, key + ": no result (the benchmark failed; its error is printed above)");
            }
        }

        String reference = withNumpy ? Implementations.NUMPY : Implementations.EJML;
        extra.put("suite", plan.name());
        extra.put("candidate", candidate);
        extra.put("reference", reference);
        extra.put("jmh_version", Version.getPlainVersion());
        // What auto (and OpenBLAS) may use: BENCHLENS_THREADS, or the processors the cgroup and CPU set allow.
        extra.put("threads", Integer.toString(knobs.threads()));
        extra.put("threads_from", settings.env().containsKey("BENCHLENS_THREADS")
                && !settings.env().get("BENCHLENS_THREADS").isBlank()
                ? "BENCHLENS_THREADS" : "available processors (cgroup-aware)");
        Run run = new Run("", metadata(knobs, blas, started, extra), cases(measured, impls, candidate, reference),
                warnings);
        ArtifactFiles files = ArtifactFiles.choose(settings.outDir(), plan.name(), knobs.simd(), started);
        files.write(run, jmhJson(jmhResults));
        return new Written(files.artifact(), files.metadata(), files.jmh(), run);
    }

    /**
     * The plan's dtypes grouped by the in-JVM implementations that apply to them, in plan order: JMH runs every
     * combination of its parameters, so each group is one JMH run.
     */
    private Map<List<String>, List<DType>> dtypesByImpls(List<String> jvmImpls) {
        Map<List<String>, List<DType>> groups = new LinkedHashMap<>();
        for (DType dtype : plan.dtypes()) {
            List<String> applicable = jvmImpls.stream()
                    .filter(impl -> Implementations.notApplicableReason(impl, dtype).isEmpty()).toList();
            if (!applicable.isEmpty()) {
                groups.computeIfAbsent(applicable, k -> new ArrayList<>()).add(dtype);
            }
        }
        return groups;
    }

    /** Records a warning in the run and prints it once, as it happens. */
    private void note(List<String> warnings, String line) {
        warnings.add(line);
        log.println("warning: " + line);
    }

    private ChainedOptionsBuilder options(String include) {
        return new OptionsBuilder()
                .include("^" + include + "$")
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.milliseconds(plan.iterationMillis()))
                .measurementIterations(plan.iterations())
                .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
                .forks(plan.forks())
                .jvmArgs(JvmFlags.forks().toArray(String[]::new))
                .shouldFailOnError(false);
    }

    private List<RunResult> runJmh(Progress progress, ChainedOptionsBuilder options) throws IOException {
        try {
            return new ArrayList<>(new Runner(options.build(),
                    new ProgressFormat(progress, log, plan.secondsPerBenchmark())).run());
        } catch (RunnerException e) {
            throw new IOException("JMH could not run: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> bandwidthFigures(List<RunResult> probe) {
        Map<String, String> figures = new TreeMap<>();
        for (RunResult rr : probe) {
            String bench = rr.getParams().getBenchmark();
            String method = bench.substring(bench.lastIndexOf('.') + 1);
            int mib = Integer.parseInt(rr.getParams().getParam("mib"));
            double bytes = mib * (double) (1 << 20) * (method.equals("readWrite") ? 2 : 1);
            double seconds = rr.getPrimaryResult().getScore() * 1e-6;
            figures.put("bandwidth_" + method + "_" + mib + "MiB_GBps", String.format("%.2f", bytes / seconds / 1e9));
        }
        return figures;
    }

    private NumpyPeer.Versions measureNumpy(NumpyPeer numpy, Progress progress, Map<BenchmarkKey, Measurement> into,
                                            double secondsEach) throws IOException {
        List<NumpyPeer.Request> requests = new ArrayList<>();
        for (Shape shape : plan.shapes()) {
            for (DType dtype : plan.dtypes()) {
                for (Layout layout : plan.layouts()) {
                    requests.add(new NumpyPeer.Request(Math.toIntExact(shape.dims().get(0)),
                            Math.toIntExact(shape.dims().get(1)), dtype.label(), layout.label(),
                            plan.ops().stream().map(KernelOp::label).toList()));
                }
            }
        }
        return numpy.run(requests, plan.warmupIterations(), plan.iterations(), plan.iterationMillis() / 1000.0,
                (request, op, seconds) -> {
                    BenchmarkKey key = new BenchmarkKey(request.rows() + "x" + request.cols(), request.dtype(),
                            request.layout(), op, Implementations.NUMPY);
                    progress.next(key.toString(), secondsEach);
                    into.put(key, Samples.measurement(Implementations.NUMPY, "us",
                            seconds.stream().map(s -> s * 1e6).toList()));
                });
    }

    private List<BenchmarkKey> expectedKeys(List<String> impls) {
        List<BenchmarkKey> keys = new ArrayList<>();
        for (Shape shape : plan.shapes()) {
            for (DType dtype : plan.dtypes()) {
                for (Layout layout : plan.layouts()) {
                    for (KernelOp op : plan.ops()) {
                        for (String impl : impls) {
                            if (Implementations.notApplicableReason(impl, dtype).isPresent()) {
                                continue;
                            }
                            keys.add(new BenchmarkKey(shape.toString(), dtype.label(), layout.label(), op.label(),
                                    impl));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private List<Case> cases(Map<BenchmarkKey, Measurement> measured, List<String> impls, String candidate,
                             String reference) {
        List<Case> cases = new ArrayList<>();
        for (Shape shape : plan.shapes()) {
            for (DType dtype : plan.dtypes()) {
                for (Layout layout : plan.layouts()) {
                    List<Operation> operations = new ArrayList<>();
                    for (KernelOp op : plan.ops()) {
                        Map<String, Measurement> byImpl = new LinkedHashMap<>();
                        for (String impl : impls) {
                            Measurement m = measured.get(new BenchmarkKey(shape.toString(), dtype.label(),
                                    layout.label(), op.label(), impl));
                            if (m != null) {
                                byImpl.put(impl, m);
                            }
                        }
                        if (!byImpl.isEmpty()) {
                            operations.add(new Operation(op.label(), op.description(), List.copyOf(byImpl.values()),
                                    speedup(byImpl, candidate, reference)));
                        }
                    }
                    if (!operations.isEmpty()) {
                        cases.add(new Case(shape, dtype.label(), layout.label(), operations));
                    }
                }
            }
        }
        return cases;
    }

    private static Speedup speedup(Map<String, Measurement> byImpl, String candidate, String reference) {
        Measurement c = byImpl.get(candidate);
        Measurement r = byImpl.get(reference);
        return c == null || r == null || c.meanSeconds() <= 0 ? null
                : new Speedup(reference, candidate, r.meanSeconds() / c.meanSeconds());
    }

    private RunMetadata metadata(Knobs knobs, OpenBlas.Loaded blas, Instant started, Map<String, String> extra) {
        MachineFacts facts = new MachineFacts(settings.env(), Path.of("/"));
        RunMetadata.Blas blasInfo = blas.binding()
                .map(b -> new RunMetadata.Blas(b.library(), b.config(), b.threads()))
                .orElse(null);
        Map<String, String> allExtra = new HashMap<>(extra);
        if (blasInfo == null) {
            allExtra.put("blas_unavailable", blas.unavailableReason());
        }
        return new RunMetadata(settings.source(), knobs.simd(), facts.host(), facts.container(),
                new RunMetadata.Jvm(System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                        JvmFlags.recorded(settings.env())),
                SimdKernels.vectorBits(), blasInfo, Knobs.environmentOf(settings.env()), facts.git(), facts.ci(),
                started, Instant.now(),
                new RunMetadata.Harness("JMH " + Version.getPlainVersion() + " (numpy: numpy_peer.py)", "avgt",
                        plan.warmupIterations(), plan.iterationMillis() + " ms", plan.iterations(),
                        plan.iterationMillis() + " ms", plan.forks()),
                allExtra);
    }

    private static String jmhJson(List<RunResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
