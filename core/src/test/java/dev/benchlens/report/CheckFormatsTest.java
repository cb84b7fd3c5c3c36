package dev.benchlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.CheckResult;
import dev.benchlens.check.GateVerdict;
import dev.benchlens.check.GatedRow;
import dev.benchlens.check.GuardrailBreach;
import dev.benchlens.check.HistoryRegression;
import dev.benchlens.check.Judgement;
import dev.benchlens.check.Regression;
import dev.benchlens.format.Interval;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check's findings in every output format: the text lines CI scripts read, and the same failures elsewhere. */
class CheckFormatsTest {

    private static final CaseKey SIMD = new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "sum", "simd");
    private static final CaseKey BLAS = new CaseKey(Shape.of(512, 512), "float32", Layout.CONTIGUOUS, "sum", "blas");
    private static final CaseKey AUTO = new CaseKey(Shape.of(64, 64), "float64", Layout.CONTIGUOUS, "mean", "auto");

    private static final CheckOutcome FAILED = new CheckOutcome(
            new CheckResult(
                    List.of(
                            new Regression(
                                    new GatedRow(
                                            SIMD,
                                            "pr",
                                            71.4,
                                            new Interval(40.2, 110.0),
                                            12.3,
                                            "numpy",
                                            0.0079,
                                            GateVerdict.REGRESSION,
                                            10,
                                            true),
                                    Judgement.tested(0.0079)),
                            new HistoryRegression(
                                    BLAS,
                                    "pr",
                                    25,
                                    1,
                                    "operations per second",
                                    0.8,
                                    10,
                                    Judgement.untested("fewer than two runs since the last change point")),
                            new GuardrailBreach(AUTO, "pr", 2.5, 2)),
                    List.of(),
                    List.of("18 matched row(s) compared against main")),
            0);

    @Test
    void textIsTheLinesTheCiScriptsRead() {
        assertThat(new TextFormat().check(FAILED)).isEqualTo("""
                FAIL regression: 512x512 float32 sum [simd] in pr: 71.4% slower relative to numpy [+40.2%, +110.0%], \
                could detect ≥ 12.3%, allowed 10.0% (p=0.00790)
                FAIL untested, judged by its magnitude: 512x512 float32 sum [blas] in pr: 25.0% worse than the newest 1 \
                run(s) of its history (operations per second, ratio 0.800), allowed 10.0% (fewer than two runs since the \
                last change point)
                FAIL guard-rail: 64x64 float64 mean [auto] in pr took 2.500 ms, limit 2.000 ms
                note: 18 matched row(s) compared against main
                check failed: 3 failure(s)
                """);
    }

    @Test
    void textKeepsEachFindingOnOneLineWhateverTheNamesHold() {
        CaseKey hostile = new CaseKey(Shape.of(8, 8), "float32", Layout.CONTIGUOUS, "sum", "evil\nFAIL fake\u001b[2J");
        CheckOutcome outcome = new CheckOutcome(
                new CheckResult(
                        List.of(new Regression(
                                new GatedRow(
                                        hostile,
                                        "pr\r\nnote: x",
                                        50,
                                        null,
                                        Double.POSITIVE_INFINITY,
                                        "numpy",
                                        0.001,
                                        GateVerdict.REGRESSION,
                                        10,
                                        true),
                                Judgement.tested(0.001))),
                        List.of(),
                        List.of()),
                0);

        String text = new TextFormat().check(outcome);

        assertThat(text.lines().filter(l -> l.startsWith("FAIL "))).hasSize(1);
        assertThat(text.lines()).hasSize(2).noneMatch(l -> l.startsWith("note:"));
        assertThat(text).doesNotContain("\u001b").contains("evil FAIL fake[2J");
    }

    @Test
    void markdownHasTheVerdictAndATableRowPerFailure() {
        String md = ReportFormat.MARKDOWN.formatter().check(FAILED);

        assertThat(md)
                .startsWith("## Benchlens check: failed\n\ncheck failed: 3 failure(s)\n")
                .contains("| regression | 512x512 float32 sum \\[simd\\] | pr | 71.4% slower relative to numpy"
                        + " | \\[+40.2%, +110.0%\\] | ≥ 12.3% | 10.0% | p=0.00790 |")
                .contains(
                        "| untested regression against the history | 512x512 float32 sum \\[blas\\] | pr | 25.0% worse"
                                + " than the newest 1 run(s) (operations per second) |  |  | 10.0% | untested: fewer than two runs"
                                + " since the last change point |")
                .contains("| guard-rail | 64x64 float64 mean \\[auto\\] | pr | 2.50 ms |  |  | 2.00 ms |  |")
                .contains("### Notes\n\n- 18 matched row(s) compared against main\n");
    }

    @Test
    void csvHasARowPerFindingWithTheNumbersUnformatted() {
        List<String> lines = ReportFormat.CSV.formatter().check(FAILED).lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0))
                .isEqualTo("finding,kind,run,shape,dtype,layout,operation,implementation,value,ci_low,ci_high,"
                        + "detectable,limit,unit,p_value,untested_reason,verdict,message");
        assertThat(lines.get(1))
                .startsWith("failure,regression,pr,512x512,float32,contiguous,sum,simd,71.4,40.2,110.0,12.3,10.0,%,"
                        + "0.0079,,regression,");
        assertThat(lines.get(2))
                .startsWith("failure,history_regression,pr,512x512,float32,contiguous,sum,blas,25.0,,,,"
                        + "10.0,%,,fewer than two runs since the last change point,,");
        assertThat(lines.get(3))
                .startsWith("failure,guardrail,pr,64x64,float64,contiguous,mean,auto,2.5,,,,2.0,ms,,,,");
        assertThat(lines.get(4)).isEqualTo("note,,,,,,,,,,,,,,,,,18 matched row(s) compared against main");
        assertThat(lines.get(5)).isEqualTo("verdict,failed,,,,,,,,,,,,,,,,check failed: 3 failure(s)");
    }

    @Test
    void jsonHasEachFailuresRecordWithItsKindAndMessage() throws Exception {
        JsonNode root =
                new ObjectMapper().readTree(ReportFormat.JSON.formatter().check(FAILED));

        assertThat(root.path("verdict").asText()).isEqualTo("failed");
        assertThat(root.path("summary").asText()).isEqualTo("check failed: 3 failure(s)");
        JsonNode failures = root.path("failures");
        assertThat(failures).hasSize(3);
        assertThat(failures.get(0).path("kind").asText()).isEqualTo("regression");
        assertThat(failures.get(0).path("key").path("implementation").asText()).isEqualTo("simd");
        assertThat(failures.get(0).path("changePercent").asDouble()).isEqualTo(71.4);
        assertThat(failures.get(0).path("judgement").path("pValue").asDouble()).isEqualTo(0.0079);
        assertThat(failures.get(1).path("judgement").path("untestedReason").asText())
                .startsWith("fewer than two");
        assertThat(failures.get(2).path("kind").asText()).isEqualTo("guardrail");
        assertThat(failures.get(2).path("message").asText()).endsWith("took 2.500 ms, limit 2.000 ms");
        assertThat(root.path("notes").get(0).asText()).isEqualTo("18 matched row(s) compared against main");
    }

    @Test
    void aFileThatCouldNotBeReadMakesTheCheckIncompleteInEveryFormat() {
        CheckOutcome incomplete = new CheckOutcome(FAILED.result(), 1);

        assertThat(incomplete.verdict()).isEqualTo(CheckOutcome.Verdict.INCOMPLETE);
        String summary = "check could not be completed: 1 problem(s) with the input (1 file(s) could not be read);"
                + " 3 failure(s) found";
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.formatter().check(incomplete)).as(format.name()).contains(summary);
        }
        assertThat(ReportFormat.MARKDOWN.formatter().check(incomplete)).startsWith("## Benchlens check: not completed");
    }
}
