package dev.benchlens.bench.suite;

import dev.benchlens.bandwidth.BandwidthProbe;
import dev.benchlens.bench.blas.OpenBlas;
import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.jmh.BandwidthBenchmark;
import dev.benchlens.bench.jmh.KernelBenchmark;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.bench.kernels.SplitThresholds;
import dev.benchlens.bench.peers.NumpyPeer;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs a suite in three steps: prepare (which implementations can run here), measure (the JMH benchmarks in forked
 * JVMs, then the NumPy peer) and assemble (the run in the artifact's order, with its metadata); then writes the
 * artifact with its metadata sidecar and JMH's raw JSON.
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
    public record Written(Path artifact, Path metadata, Path jmh, Run run) {}

    public Written run() throws IOException {
        Instant started = Instant.now();
        Knobs knobs = Knobs.from(settings.env());
        Prepared prepared = prepare(knobs);
        Measured measured = measure(prepared, knobs);
        Run run = assemble(prepared, measured, knobs, started);
        ArtifactFiles files = ArtifactFiles.choose(settings.outDir(), plan.name(), knobs.simd(), started);
        files.write(run, jmhJson(measured.jmhResults()));
        return new Written(files.artifact(), files.metadata(), files.jmh(), run);
    }

    /**
     * What a run will measure: the plan's implementations with the candidate resolved and those that cannot run
     * here left out, each with a warning.
     *
     * @param impls     every implementation measured, NumPy included
     * @param jmhGroups the plan's dtypes grouped by the in-JVM implementations that apply to them
     * @param warnings  the run's warnings so far, which measuring adds to
     */
    private record Prepared(
            Implementation candidate,
            List<Implementation> impls,
            boolean withNumpy,
            Map<List<Implementation>, List<DType>> jmhGroups,
            OpenBlas.Loaded blas,
            NumpyPeer numpy,
            List<String> warnings) {}

    /** What a run measured, and JMH's results kept for its raw JSON. */
    private record Measured(
            Map<CaseKey, Measurement> measurements, List<RunResult> jmhResults, Map<String, String> extra) {}

    private Prepared prepare(Knobs knobs) {
        Implementation candidate = Implementation.candidateFor(knobs.simd());
        List<String> warnings = new ArrayList<>();
        List<Implementation> impls = new ArrayList<>(plan.resolvedImpls(candidate));
        OpenBlas.Loaded blas = OpenBlas.load(knobs.blasLib(), knobs.threads());
        if (blas.unavailableReason() != null && impls.remove(Implementation.BLAS)) {
            note(warnings, blas.unavailableReason());
        }
        NumpyPeer numpy = NumpyPeer.fromEnvironment(settings.env());
        if (impls.contains(Implementation.NUMPY)) {
            Optional<String> reason = numpy.unavailableReason();
            if (reason.isPresent()) {
                impls.remove(Implementation.NUMPY);
                note(warnings, reason.get());
            }
        }
        for (DType dtype : plan.dtypes()) {
            for (Implementation impl : impls) {
                impl.notApplicableReason(dtype).ifPresent(reason -> note(warnings, reason));
            }
        }
        List<Implementation> jvmImpls =
                impls.stream().filter(Implementation::inJvm).toList();
        return new Prepared(
                candidate,
                List.copyOf(impls),
                impls.contains(Implementation.NUMPY),
                dtypesByImpls(jvmImpls),
                blas,
                numpy,
                warnings);
    }

    /**
     * Where {@code auto} splits work across threads, measured once here and handed to every fork, so that every
     * benchmark uses the thresholds the artifact records; empty when {@code auto} is not measured or has one thread.
     */
    private Optional<SplitThresholds> splitThresholds(Prepared prepared, Knobs knobs) {
        if (!prepared.impls().contains(Implementation.AUTO) || knobs.threads() < 2) {
            return Optional.empty();
        }
        log.println("measuring from which sizes auto's " + knobs.threads() + " threads pay ...");
        SplitThresholds split = SplitThresholds.forThisJvm(knobs.threads());
        log.println("auto splits reductions from " + SplitThresholds.text(split.reductionBytes())
                + " bytes and element-wise operations from " + SplitThresholds.text(split.elementwiseBytes())
                + " bytes");
        return Optional.of(split);
    }

    private Measured measure(Prepared prepared, Knobs knobs) throws IOException {
        int perDtype = plan.shapes().size() * plan.layouts().size() * plan.ops().size();
        int bandwidthSteps = settings.bandwidth() ? 2 * BandwidthProbe.PROBE_MIB.size() : 0;
        int jmhSteps = 0;
        for (Map.Entry<List<Implementation>, List<DType>> group :
                prepared.jmhGroups().entrySet()) {
            jmhSteps += perDtype * group.getValue().size() * group.getKey().size();
        }
        int numpySteps = prepared.withNumpy() ? plan.cases().size() * plan.ops().size() : 0;
        double numpySeconds = (plan.warmupIterations() + plan.iterations()) * plan.iterationMillis() / 1000.0 + 0.05;
        Progress progress = new Progress(
                log,
                bandwidthSteps + jmhSteps + numpySteps,
                (bandwidthSteps + jmhSteps) * plan.secondsPerBenchmark() + numpySteps * numpySeconds);

        List<RunResult> jmhResults = new ArrayList<>();
        Map<String, String> extra = new TreeMap<>();
        Optional<SplitThresholds> split = splitThresholds(prepared, knobs);
        split.ifPresent(t -> {
            extra.put("split_reduction_bytes", SplitThresholds.text(t.reductionBytes()));
            extra.put("split_elementwise_bytes", SplitThresholds.text(t.elementwiseBytes()));
        });
        String[] splitFlag = split.map(t -> new String[] {"-D" + SplitThresholds.PROPERTY + "=" + t.text()})
                .orElse(new String[0]);
        if (settings.bandwidth()) {
            List<RunResult> probe = runJmh(progress, options(BandwidthBenchmark.class.getName() + "\\.\\w+"));
            jmhResults.addAll(probe);
            extra.putAll(bandwidthFigures(probe));
        }
        Map<CaseKey, Measurement> measured = new LinkedHashMap<>();
        List<String> warnings = prepared.warnings();
        for (Map.Entry<List<Implementation>, List<DType>> group :
                prepared.jmhGroups().entrySet()) {
            List<RunResult> kernels = runJmh(
                    progress,
                    options(Pattern.quote(KernelBenchmark.class.getName()) + "\\.run")
                            .jvmArgsAppend(splitFlag)
                            .param("shape", plan.shapeLabels().toArray(String[]::new))
                            .param(
                                    "dtype",
                                    group.getValue().stream().map(DType::label).toArray(String[]::new))
                            .param(
                                    "layout",
                                    plan.layouts().stream().map(Layout::label).toArray(String[]::new))
                            .param(
                                    "op",
                                    plan.ops().stream().map(KernelOp::label).toArray(String[]::new))
                            .param(
                                    "impl",
                                    group.getKey().stream()
                                            .map(Implementation::label)
                                            .toArray(String[]::new)));
            jmhResults.addAll(kernels);
            measured.putAll(JmhRunResults.convert(kernels, w -> note(warnings, w)));
            JmhRunResults.forkWarnings(kernels).forEach(w -> note(warnings, w));
        }
        if (prepared.withNumpy()) {
            // The JMH results took minutes; a failing peer must not cost them, so it becomes a warning.
            try {
                NumpyPeer.Versions versions = measureNumpy(prepared.numpy(), progress, measured, numpySeconds);
                extra.put("numpy_version", versions.numpy());
                extra.put("python_version", versions.python());
            } catch (IOException e) {
                note(warnings, "numpy peer failed: " + e.getMessage());
            }
        }
        for (CaseKey key : RunAssembly.expectedKeys(plan, prepared.impls())) {
            if (!measured.containsKey(key)) {
                note(
                        warnings,
                        ProgressFormat.describe(key)
                                + ": no result (the benchmark failed; its error is printed above)");
            }
        }
        return new Measured(measured, jmhResults, extra);
    }

    private Run assemble(Prepared prepared, Measured measured, Knobs knobs, Instant started) {
        Implementation reference = prepared.withNumpy() ? Implementation.NUMPY : Implementation.EJML;
        Map<String, String> extra = new TreeMap<>(measured.extra());
        extra.put("suite", plan.name());
        extra.put("candidate", prepared.candidate().label());
        extra.put("reference", reference.label());
        extra.put("jmh_version", Version.getPlainVersion());
        // What auto (and OpenBLAS) may use: BENCHLENS_THREADS, or the processors the cgroup and CPU set allow.
        extra.put("threads", Integer.toString(knobs.threads()));
        extra.put(
                "threads_from",
                settings.env().containsKey("BENCHLENS_THREADS")
                                && !settings.env().get("BENCHLENS_THREADS").isBlank()
                        ? "BENCHLENS_THREADS"
                        : "available processors (cgroup-aware)");
        return new Run(
                "",
                metadata(knobs, prepared.blas(), started, extra),
                RunAssembly.cases(plan, measured.measurements(), prepared.impls(), prepared.candidate(), reference),
                prepared.warnings());
    }

    /**
     * The plan's dtypes grouped by the in-JVM implementations that apply to them, in plan order: JMH runs every
     * combination of its parameters, so each group is one JMH run.
     */
    private Map<List<Implementation>, List<DType>> dtypesByImpls(List<Implementation> jvmImpls) {
        Map<List<Implementation>, List<DType>> groups = new LinkedHashMap<>();
        for (DType dtype : plan.dtypes()) {
            List<Implementation> applicable =
                    jvmImpls.stream().filter(impl -> impl.appliesTo(dtype)).toList();
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
            return new ArrayList<>(
                    new Runner(options.build(), new ProgressFormat(progress, log, plan.secondsPerBenchmark())).run());
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
            double bytes = mib * (double) (1 << 20) * (method.equals(BandwidthProbe.READ_WRITE) ? 2 : 1);
            double seconds = rr.getPrimaryResult().getScore() * 1e-6;
            figures.put(BandwidthProbe.key(method, mib), BandwidthProbe.text(bytes / seconds / 1e9));
        }
        return figures;
    }

    private NumpyPeer.Versions measureNumpy(
            NumpyPeer numpy, Progress progress, Map<CaseKey, Measurement> into, double secondsEach) throws IOException {
        List<NumpyPeer.Request> requests = new ArrayList<>();
        for (SuitePlan.PlannedCase planned : plan.cases()) {
            requests.add(new NumpyPeer.Request(
                    planned.rows(),
                    planned.cols(),
                    planned.dtype().label(),
                    planned.layout().label(),
                    plan.ops().stream().map(KernelOp::label).toList()));
        }
        return numpy.run(
                requests,
                plan.warmupIterations(),
                plan.iterations(),
                plan.iterationMillis() / 1000.0,
                (request, op, seconds) -> {
                    CaseKey key = new CaseKey(
                            Shape.of(request.rows(), request.cols()),
                            request.dtype(),
                            Layout.parse(request.layout()).recorded(),
                            op,
                            Implementation.NUMPY.label());
                    progress.next(ProgressFormat.describe(key), secondsEach);
                    into.put(
                            key,
                            Measurement.ofSamples(
                                    Implementation.NUMPY.label(),
                                    "us",
                                    seconds.stream().map(s -> s * 1e6).toList()));
                });
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
        return new RunMetadata(
                settings.source(),
                knobs.simd(),
                facts.host(),
                facts.container(),
                JvmFlags.forkJvm(settings.env()),
                SimdKernels.vectorBits(),
                blasInfo,
                Knobs.environmentOf(settings.env()),
                facts.git(),
                facts.ci(),
                started,
                Instant.now(),
                plan.harness("JMH " + Version.getPlainVersion() + " (numpy: numpy_peer.py)"),
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
