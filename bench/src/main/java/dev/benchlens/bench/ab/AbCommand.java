package dev.benchlens.bench.ab;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.suite.RunAssembly;
import dev.benchlens.bench.suite.SuiteOptions;
import dev.benchlens.bench.suite.SuitePlan;
import dev.benchlens.check.GateVerdict;
import dev.benchlens.check.PairedGate.Judged;
import dev.benchlens.cli.UsageErrors;
import dev.benchlens.report.PairedReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchlens ab}: builds two revisions, runs the suite with their JMH forks interleaved on this machine, and
 * gates head against base on the paired blocks.
 */
@Command(
        name = "benchlens ab",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures BASE and HEAD on this machine with their JMH forks interleaved (blocks of one fork each, in a"
                    + " random order fixed by --seed) and judges every benchmark on the paired blocks: regression,"
                    + " within or inconclusive. Exit 0 passed, 1 a row failed (after --confirm rounds), 2 bad input"
                    + " or a build that failed.",
            "BASE and HEAD are git revisions (default: the merge base of HEAD with the default branch, and HEAD's"
                    + " commit) or checkout folders. Each commit is built once in a worktree under the cache folder"
                    + " and reused later."
        })
public final class AbCommand implements Callable<Integer> {

    /** Blocks per benchmark when --forks is not given: the fewest with which a 95% signed-rank interval exists. */
    static final int DEFAULT_FORKS = 6;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BASE", description = "git revision or checkout folder")
    String base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "git revision or checkout folder")
    String head;

    @Mixin
    SuiteOptions suiteOptions = new SuiteOptions();

    @Option(
            names = "--max-regression",
            defaultValue = "10%",
            description = "the largest slowdown of head against base that passes; default ${DEFAULT-VALUE}")
    String maxRegression;

    @Option(
            names = "--confirm",
            defaultValue = "1",
            description = "rounds of fresh blocks for rows that fail, judged again on all their data; default "
                    + "${DEFAULT-VALUE}")
    int confirm;

    @Option(names = "--seed", description = "the seed of the fork order (default: a random one, printed and recorded)")
    Long seed;

    @Option(
            names = "--out",
            defaultValue = "benchmarks",
            description = "where the ab_<time> folder goes; default ${DEFAULT-VALUE} (git-ignored)")
    Path out;

    @Option(
            names = "--cache",
            description = "where revisions are checked out and built; default $XDG_CACHE_HOME/benchlens/ab "
                    + "(~/.cache/benchlens/ab)")
    Path cache;

    @Option(names = "--markdown", description = "also write the verdict table as Markdown to this file")
    Path markdown;

    @Option(names = "--repository", description = "the git repository of the revisions; default: the current folder")
    Path repository;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit code: 0 passed, 1 a row failed, 2 bad input or a failed build. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new AbCommand()).setParameterExceptionHandler(UsageErrors.oneLine());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("benchlens ab: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Map<String, String> env = System.getenv();
        PrintStream log = System.err;
        double threshold = percent(maxRegression);
        if (confirm < 0) {
            throw new IllegalArgumentException("--confirm must be 0 or more, got " + confirm);
        }
        SuitePlan plan = withForks(suiteOptions.plan());
        Path repo = (repository != null ? repository : Path.of("")).toAbsolutePath();
        Path cacheDir = (cache != null ? cache : defaultCache(env)).toAbsolutePath();
        Revisions revisions = new Revisions(repo, cacheDir);
        Map<Side, Revision> sides = new EnumMap<>(Side.class);
        sides.put(Side.BASE, revisions.resolve(Side.BASE, base));
        sides.put(Side.HEAD, revisions.resolve(Side.HEAD, head));
        long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
        log.println("ab: " + sides.get(Side.BASE).runName() + " against "
                + sides.get(Side.HEAD).runName() + ", seed " + chosenSeed);

        RevisionBuild build = new RevisionBuild(repo, cacheDir, RevisionBuild.mavenRepository(env), log);
        Map<Side, String> classpaths = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            classpaths.put(side, build.classpath(sides.get(side)));
        }

        Implementation candidate = Implementation.candidateFor(Knobs.from(env).simd());
        List<Implementation> impls = inJvm(plan.resolvedImpls(candidate), log);
        Instant started = Instant.now();
        Path folder = AbArtifact.folder(out, started);
        Path scratch = Files.createTempDirectory("benchlens-ab");
        AbRunner.Outcome outcome;
        try {
            ForkLauncher launcher = new ForkLauncher(ForkLauncher.currentJava(), plan, scratch);
            double secondsPerFork = plan.secondsPerBenchmark() / plan.forks();
            outcome = new AbRunner(
                            launcher, sides, classpaths, plan.forks(), chosenSeed, threshold, secondsPerFork, log)
                    .run(RunAssembly.expectedKeys(plan, impls), confirm);
        } finally {
            Files.deleteIfExists(scratch);
        }
        AbArtifact.write(
                folder,
                new AbArtifact.Context(plan, impls, candidate, sides, chosenSeed, confirm, threshold, env, started),
                outcome);
        print(outcome, sides, threshold, chosenSeed, folder);
        if (markdown != null) {
            Files.writeString(markdown, PairedReport.markdown(outcome.verdicts(), threshold), StandardCharsets.UTF_8);
        }
        return outcome.failed() ? 1 : 0;
    }

    private void print(AbRunner.Outcome outcome, Map<Side, Revision> sides, double threshold, long seed, Path folder) {
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "ab: %s against %s, seed %d, max regression %s%%%n",
                sides.get(Side.HEAD).runName(),
                sides.get(Side.BASE).runName(),
                seed,
                trim(threshold));
        out.print(PairedReport.text(outcome.verdicts(), threshold));
        long failing = outcome.verdicts().stream().filter(Judged::fails).count();
        List<Judged> unshown = outcome.verdicts().stream()
                .filter(j -> j.verdict() == GateVerdict.INCONCLUSIVE && !j.fails())
                .toList();
        if (!unshown.isEmpty()) {
            double best = unshown.stream()
                    .mapToDouble(j -> j.row().detectablePercent())
                    .min()
                    .orElseThrow();
            out.println(unshown.size() + " row(s) inconclusive but within the threshold by their estimate, so passed;"
                    + " the best of them " + GateVerdict.detectable(best));
        }
        out.println(
                failing == 0
                        ? "ab passed: no row of head is slower than base beyond " + trim(threshold) + "%"
                        : "ab failed: " + failing + " of " + outcome.verdicts().size() + " row(s) fail");
        out.println(folder);
    }

    /** The plan with the forks ab runs per side: --forks when given, else {@value #DEFAULT_FORKS}. */
    private SuitePlan withForks(SuitePlan plan) {
        int forks = suiteOptions.forks != null ? suiteOptions.forks : Math.max(plan.forks(), DEFAULT_FORKS);
        return new SuitePlan(
                plan.name(),
                plan.shapes(),
                plan.dtypes(),
                plan.layouts(),
                plan.ops(),
                plan.impls(),
                plan.warmupIterations(),
                plan.iterations(),
                forks,
                plan.iterationMillis());
    }

    /** The implementations that run in a JVM; NumPy is the same Python on both sides, so ab leaves it out. */
    private static List<Implementation> inJvm(List<Implementation> impls, PrintStream log) {
        List<Implementation> jvm = new ArrayList<>();
        for (Implementation impl : impls) {
            if (impl.inJvm()) {
                jvm.add(impl);
            } else {
                log.println("ab: leaving out " + impl.label() + " (not code of either revision)");
            }
        }
        if (jvm.isEmpty()) {
            throw new IllegalArgumentException("--impls names nothing ab can measure (numpy is left out)");
        }
        return jvm;
    }

    static Path defaultCache(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("benchlens").resolve("ab");
    }

    static double percent(String text) {
        String number = text.strip().replace("%", "").strip();
        try {
            double value = Double.parseDouble(number);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "--max-regression: expected a percentage such as 10% or 2.5, found '" + text + "'");
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
