package dev.benchlens.read.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchlens.compare.RunSummarizer;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.Shape;
import dev.benchlens.match.Aliases;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

class JmhReaderTest {

    private static Path realOutput;

    /** Runs the tiny benchmarks in this JVM for a few milliseconds: a sample of the format, not a measurement. */
    @BeforeAll
    static void runJmh(@TempDir Path dir) throws Exception {
        realOutput = dir.resolve("jmh-result.json");
        // JMH refuses to start while another JMH run on the machine holds its lock. This run measures nothing and
        // lasts a fraction of a second, so it should not fail a build because a benchmark runs elsewhere.
        System.setProperty("jmh.ignoreLock", "true");
        new Runner(new OptionsBuilder()
                        .include(TinyBenchmark.class.getName() + ".sum")
                        .include(TinyThroughputBenchmark.class.getName())
                        .forks(0)
                        .warmupIterations(1)
                        .warmupTime(TimeValue.milliseconds(20))
                        .measurementIterations(3)
                        .measurementTime(TimeValue.milliseconds(20))
                        .resultFormat(ResultFormatType.JSON)
                        .result(realOutput.toString())
                        .verbosity(VerboseMode.SILENT)
                        .shouldFailOnError(true)
                        .build())
                .run();
    }

    @Test
    void readsRealJmhOutputWithParamsAsTheCaseKey() throws Exception {
        assertThat(Files.readString(realOutput)).contains("\"primaryMetric\"");
        LoadResult loaded = new RunLoader().load(realOutput);

        assertThat(loaded.problems()).isEmpty();
        Run run = loaded.runs().getFirst();
        Case tiny = run.cases().stream()
                .filter(c -> c.shape().equals(Shape.of(4, 4)))
                .findFirst()
                .orElseThrow();
        assertThat(tiny.dtype()).isEqualTo("float64");
        Operation sum = tiny.operations().getFirst();
        assertThat(sum.name()).isEqualTo("sum");
        Measurement scalar = sum.measurement("scalar").orElseThrow();
        assertThat(scalar.unit()).isEqualTo("ns");
        assertThat(scalar.samples()).isEqualTo(3);
        assertThat(scalar.raw()).hasSize(3).allMatch(v -> v > 0);
        assertThat(scalar.mean()).isPositive();
    }

    @Test
    void readsRealThroughputOutputAsTimePerOperationNamedByTheBenchmarkAlone() {
        Run run = new RunLoader().load(realOutput).runs().getFirst();
        Case unparameterised =
                run.cases().stream().filter(c -> c.shape().isNone()).findFirst().orElseThrow();
        assertThat(unparameterised.dtype()).isEmpty();
        assertThat(unparameterised.layout()).isEqualTo(Layout.NONE);
        Operation op = unparameterised.operations().getFirst();
        assertThat(op.name()).isEqualTo(TinyThroughputBenchmark.class.getName() + ".nanoTime");
        Measurement m = op.measurement("").orElseThrow();
        String row = RunSummarizer.summarize(run, Aliases.none()).rows().stream()
                .filter(r -> r.key().shape().isNone())
                .findFirst()
                .orElseThrow()
                .key()
                .toString();
        assertThat(row).isEqualTo(TinyThroughputBenchmark.class.getName() + ".nanoTime");
        assertThat(m.unit()).isEqualTo("ms");
        assertThat(m.raw()).hasSize(3).allMatch(v -> v > 0 && v < 1);
    }

    @Test
    void recordsTheHarnessAndJvmOfTheRun() {
        Run run = new RunLoader().load(realOutput).runs().getFirst();
        var harness = run.metadata().harness();
        assertThat(harness.tool()).isEqualTo("JMH 1.37");
        assertThat(harness.forks()).isZero();
        assertThat(harness.warmupIterations()).isEqualTo(1);
        assertThat(harness.measurementIterations()).isEqualTo(3);
        assertThat(harness.measurementTime()).isEqualTo("20 ms");
        assertThat(run.metadata().jvm().version())
                .startsWith(String.valueOf(Runtime.version().feature()));
        assertThat(run.metadata().source()).isEqualTo(RunSource.UNKNOWN);
    }

    /** 4 ops/ms is 0.25 ms/op; raw 2, 4 and 5 ops/ms are 0.5, 0.25 and 0.2 ms/op. */
    @Test
    void invertsThroughputScoresAndSamples(@TempDir Path dir) {
        TestFiles.write(
                dir,
                "thrpt.json",
                record(
                        "thrpt",
                        "ops/ms",
                        "4.0",
                        "[[2.0, 4.0], [5.0]]",
                        "{\"shape\": \"2x3\", \"dtype\": \"float32\", \"op\": \"mean_axis0\", \"impl\": \"simd\"}"));

        Measurement m = single(new RunLoader().load(dir));

        assertThat(m.unit()).isEqualTo("ms");
        assertThat(m.mean()).isCloseTo(0.25, within(1e-12));
        assertThat(m.raw()).containsExactly(0.5, 0.25, 0.2);
        assertThat(m.samples()).isEqualTo(3);
        assertThat(m.min()).isCloseTo(0.2, within(1e-12));
        assertThat(m.median()).isCloseTo(0.25, within(1e-12));
        // mean 0.31667; squared deviations 0.033611 + 0.004444 + 0.013611 = 0.051667; / 2 -> sd 0.160728
        assertThat(m.stddev()).isCloseTo(0.160728, within(1e-6));
        assertThat(m)
                .as("the statistics come from the samples; JMH's 99.9% interval is never passed off as 95%")
                .isEqualTo(Measurement.ofSamples("simd", "ms", 0.25, List.of(0.5, 0.25, 0.2)));
    }

    /** Sample mode keeps a histogram, not raw scores: 3 samples of 1.0 us and 1 of 2.0 us. */
    @Test
    void readsSampleModeFromItsHistogramAndPercentiles(@TempDir Path dir) {
        TestFiles.write(dir, "sample.json", """
                [{"benchmark": "org.acme.Bench.run", "mode": "sample",
                  "primaryMetric": {"score": 1.25, "scoreUnit": "us/op",
                    "scorePercentiles": {"0.0": 1.0, "50.0": 1.0, "100.0": 2.0},
                    "rawDataHistogram": [[[[1.0, 3], [2.0, 1]]]]}}]""");

        Measurement m = single(new RunLoader().load(dir));

        assertThat(m.unit()).isEqualTo("us");
        assertThat(m.mean()).isEqualTo(1.25);
        assertThat(m.samples()).isEqualTo(4);
        assertThat(m.min()).isEqualTo(1.0);
        assertThat(m.median()).isEqualTo(1.0);
        assertThat(m.raw()).isEmpty();
    }

    @Test
    void keysBenchmarksWithoutKeyParamsByNameAndParams(@TempDir Path dir) {
        TestFiles.write(
                dir,
                "avgt.json",
                record(
                        "avgt",
                        "us/op",
                        "12.5",
                        "[[12.0, 13.0]]",
                        "{\"size\": \"1000\", \"kind\": \"b\", \"op\": \"sum\"}"));

        LoadResult loaded = new RunLoader().load(dir);
        Operation op = loaded.runs().getFirst().cases().getFirst().operations().getFirst();

        assertThat(op.name()).isEqualTo("sum[kind=b,size=1000]");
        assertThat(op.measurements().getFirst().implementation()).isEqualTo("run");
        assertThat(op.measurements().getFirst().mean()).isEqualTo(12.5);
    }

    @Test
    void dropsRawSamplesWrittenAsNonFiniteStrings(@TempDir Path dir) {
        TestFiles.write(dir, "nan.json", record("avgt", "ns/op", "\"NaN\"", "[[\"NaN\", 3.0, \"+INF\"]]", null));

        LoadResult loaded = new RunLoader().load(dir);
        Run run = loaded.runs().getFirst();

        assertThat(loaded.problems()).isEmpty();
        assertThat(run.cases()).isEmpty();
        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.contains("2 raw sample(s)"))
                .anyMatch(w -> w.contains("measurement dropped"));
    }

    @Test
    void rejectsAScoreUnitThatIsNotATime(@TempDir Path dir) {
        Path file = TestFiles.write(dir, "bytes.json", record("avgt", "B/op", "1", "[[1]]", null));

        LoadResult loaded = new RunLoader().load(file);

        assertThat(loaded.runs()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.message()).contains("[0] (org.acme.Bench.run)").contains("'B/op'");
        });
    }

    private static Measurement single(LoadResult loaded) {
        assertThat(loaded.problems()).isEmpty();
        return loaded.runs()
                .getFirst()
                .cases()
                .getFirst()
                .operations()
                .getFirst()
                .measurements()
                .getFirst();
    }

    private static String record(String mode, String unit, String score, String rawData, String params) {
        return """
                [{"jmhVersion": "1.37", "benchmark": "org.acme.Bench.run", "mode": "%s", "forks": 2,
                  %s
                  "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreConfidence": ["NaN", "NaN"],
                    "scoreUnit": "%s", "rawData": %s},
                  "secondaryMetrics": {}}]
                """.formatted(mode, params == null ? "" : "\"params\": " + params + ",", score, unit, rawData);
    }
}
