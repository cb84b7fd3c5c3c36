package dev.benchlens.cli;

import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.CheckResult;
import dev.benchlens.check.GateOptions;
import dev.benchlens.check.RegressionCheck;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.read.GuardrailReader;
import dev.benchlens.report.ResultFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code benchlens check}: the CI gate on regressions and guard-rails. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "The CI gate; it fails closed. Each matched row is judged on its ratio's basis: an"
                    + " implementation's speedup over its run's own reference (NumPy) when both runs have one, its time"
                    + " otherwise, and gets one of three verdicts: regression (significantly slower and beyond"
                    + " --max-regression: fails), within (its 95%% interval's slow end lies within the threshold:"
                    + " passes) or inconclusive (neither: fails when its estimate is beyond the threshold, 'judged by"
                    + " its magnitude', passes otherwise and is listed with the change it could have detected)."
                    + " --allow-untested makes untested rows beyond the threshold notes. A baseline row with no"
                    + " counterpart in a candidate (missing, dropped when read, renamed) fails, unless"
                    + " --allow-missing. The reference implementation is reported, not gated, unless --gate-reference.",
            "Exit codes: 0 every gated row passed; 1 a regression, an inconclusive row beyond the threshold, a"
                    + " missing row or a guard-rail breach; 2 bad input or nothing to check (no matched row, a"
                    + " measurement dropped when read, a guard-rail that matches nothing, a file that could not be"
                    + " read). 'check passed' is printed only with exit 0.",
            "With --guardrail alone every RUN argument is a candidate. Arguments are PATH[#N|#TEXT] as for"
                    + " compare."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  benchlens check main.json pr.json --max-regression 10%%",
            "  benchlens check docker_results/20251114-152700/ results.zip#latest --max-regression 10%%"
                    + " --assume-samples 5",
            "  benchlens check --guardrail guardrails.json pr.json",
            "  benchlens check -f markdown main.json pr.json --max-regression 10%% >> \"$GITHUB_STEP_SUMMARY\"",
            "  benchlens check main.json pr.json --max-regression 5%% --guardrail rails.json",
            "  benchlens check --history ~/.cache/benchlens/github/acme/kernels pr.zip --max-regression 10%%"
        })
final class CheckCommand extends ReadingCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "RUN",
            arity = "1..*",
            description = "BASELINE CANDIDATE... (or only CANDIDATE... with --guardrail alone).")
    List<String> runs;

    @Option(
            names = "--max-regression",
            paramLabel = "PERCENT",
            description = "Largest allowed change for the worse on a row's basis, e.g. 10%% or 10.")
    String maxRegression;

    @Option(
            names = "--allow-untested",
            description = "Report untested rows beyond the threshold as notes instead of failing on them.")
    boolean allowUntested;

    @Option(
            names = "--allow-missing",
            description = "Report baseline rows that have no counterpart in a candidate as notes instead of failing"
                    + " on them.")
    boolean allowMissing;

    @Option(
            names = "--gate-reference",
            description = "Gate the reference implementation (NumPy) too; by default it is reported, not gated.")
    boolean gateReference;

    @Option(
            names = "--gate-only",
            paramLabel = "IMPL",
            split = ",",
            description = "Gate only these implementations (e.g. a project's own kernels: scalar,simd,blas,auto);"
                    + " the others, peers such as EJML, are reported and never fail the gate.")
    java.util.Set<String> gateOnly;

    @Option(
            names = "--guardrail",
            paramLabel = "FILE",
            description = "JSON list of {\"shape\", \"dtype\", \"operation\", \"max_<impl>_ms\"} limits.")
    Path guardrailFile;

    @Option(
            names = "--allow-unmatched",
            description = "A guard-rail that matches no case in any checked run is a note, not an error.")
    boolean allowUnmatched;

    @Option(
            names = "--history",
            paramLabel = "DIR",
            description = "Judge every RUN against the history in DIR (a folder of runs, e.g. fetched artifacts):"
                    + " each key against the newest runs of its series, after its last change point, instead of"
                    + " one baseline run. Needs --max-regression.")
    Path historyDir;

    @Option(
            names = "--fail-on-environment",
            description = "With --history: a regression that comes with a change of the recorded environment"
                    + " (runner image, CPU, cores, JDK, NumPy, BLAS, container, vector width) fails too; by default"
                    + " it is reported, labelled with what changed, and does not fail.")
    boolean failOnEnvironment;

    @Mixin
    StatsOptions statsOptions;

    @Mixin
    FormatOptions formatOptions;

    private ResultFormat format;

    @Override
    public Integer call() {
        format = formatOptions.formatter();
        if (historyDir != null && maxRegression == null) {
            throw new UserError("--history needs --max-regression PERCENT");
        }
        if (maxRegression == null && guardrailFile == null) {
            throw new UserError("check needs --max-regression PERCENT, --guardrail FILE, or both");
        }
        GateOptions gate = maxRegression == null
                ? null
                : new GateOptions(percent(maxRegression), allowUntested, gateReference, gateOnly, allowMissing);
        if (historyDir != null) {
            var options = statsOptions.options(shared.aliases());
            HistoryCheck.Outcome outcome =
                    HistoryCheck.run(historyDir, runs, gate, failOnEnvironment, options, inputs());
            CheckResult result = outcome.result();
            if (guardrailFile != null) {
                result = result.plus(RegressionCheck.guardrails(
                        outcome.candidates(), readGuardrails(guardrailFile), options.aliases(), allowUnmatched));
            }
            return report(result, outcome.unreadableFiles());
        }
        if (gate != null && runs.size() < 2) {
            throw new UserError("--max-regression needs a BASELINE and at least one CANDIDATE");
        }
        List<Guardrail> rails = guardrailFile == null ? List.of() : readGuardrails(guardrailFile);
        var options = gate == null
                ? statsOptions.options(shared.aliases())
                : statsOptions.options(shared.aliases()).withMaxRegression(gate.maxRegressionPercent());
        RunInputs inputs = inputs();

        List<List<Run>> loaded = inputs.loadAll(runs);
        int firstCandidate = gate == null ? 0 : 1;
        List<Run> candidates = loaded.subList(firstCandidate, loaded.size()).stream()
                .flatMap(List::stream)
                .toList();
        CheckResult result = CheckResult.empty();
        if (gate != null) {
            Run baseline = RunInputs.only(loaded.getFirst(), runs.getFirst(), "baseline");
            Comparison comparison = RunComparator.compare(baseline, candidates, options);
            result = result.plus(RegressionCheck.regressions(comparison, gate));
            result = result.plus(CheckResult.notes(
                    List.of(comparison.rows().size() + " matched row(s) compared against " + comparison.baseline())));
        }
        if (!rails.isEmpty()) {
            result = result.plus(RegressionCheck.guardrails(candidates, rails, options.aliases(), allowUnmatched));
        }
        return report(result, inputs.problems());
    }

    /** Prints the outcome in the chosen format and returns its exit code: 2 for anything in doubt, 1 for a failure. */
    private int report(CheckResult result, int unreadableFiles) {
        CheckOutcome outcome = new CheckOutcome(result, unreadableFiles);
        out().print(format.check(outcome));
        out().flush();
        return switch (outcome.verdict()) {
            case INCOMPLETE -> BenchlensCli.BAD_INPUT;
            case FAILED -> BenchlensCli.CHECK_FAILED;
            case PASSED -> 0;
        };
    }

    static double percent(String text) {
        return percent(text, "--max-regression");
    }

    /** A percentage such as {@code 10%} or {@code 2.5}, for the option named; a user error otherwise. */
    static double percent(String text, String option) {
        String number = text.strip().toLowerCase(Locale.ROOT).replace("%", "").strip();
        try {
            double value = Double.parseDouble(number);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(option + ": expected a percentage such as 10% or 2.5, found '" + text + "'");
    }

    private static List<Guardrail> readGuardrails(Path file) {
        try {
            return GuardrailReader.read(file);
        } catch (GuardrailReader.GuardrailFileException e) {
            throw new UserError(e.getMessage());
        }
    }
}
