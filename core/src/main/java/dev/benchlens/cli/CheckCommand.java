package dev.benchlens.cli;

import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.stats.CheckResult;
import dev.benchlens.stats.Comparison;
import dev.benchlens.stats.RegressionCheck;
import dev.benchlens.stats.RunComparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code benchlens check}: the CI gate on regressions and guard-rails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Fails (exit 1) when a candidate is significantly slower than the baseline by more than"
                + " --max-regression, or when a candidate breaks a limit of the --guardrail file; prints each"
                + " failure. Exit 0 when there is none, 2 on bad input (including any file that could not be read).",
                "With --guardrail alone a single RUN argument is the candidate. Arguments are PATH[#N|#TEXT] as for"
                + " compare."},
        footerHeading = "%nExamples:%n",
        footer = {"  benchlens check main.json pr.json --max-regression 10%",
                "  benchlens check --guardrail guardrails.json pr.json",
                "  benchlens check main.json pr.json --max-regression 5% --guardrail guardrails.json"})
final class CheckCommand extends ReadingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN", arity = "1..*",
            description = "BASELINE CANDIDATE... (or only CANDIDATE... with --guardrail alone).")
    List<String> runs;

    @Option(names = "--max-regression", paramLabel = "PERCENT",
            description = "Largest allowed significant slow-down of a row's time, e.g. 10% or 10.")
    String maxRegression;

    @Option(names = "--guardrail", paramLabel = "FILE",
            description = "JSON list of {\"shape\", \"dtype\", \"operation\", \"max_<impl>_ms\"} limits.")
    Path guardrailFile;

    @Mixin
    StatsOptions statsOptions;


    @Override
    public Integer call() {
        if (maxRegression == null && guardrailFile == null) {
            throw new UserError("check needs --max-regression PERCENT, --guardrail FILE, or both");
        }
        Double threshold = maxRegression == null ? null : percent(maxRegression);
        if (threshold != null && runs.size() < 2) {
            throw new UserError("--max-regression needs a BASELINE and at least one CANDIDATE");
        }
        List<Guardrail> rails = guardrailFile == null ? List.of() : GuardrailFile.read(guardrailFile);
        var options = statsOptions.options(shared.aliases());
        RunInputs inputs = inputs();

        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Run> candidates = new ArrayList<>();
        int firstCandidate = threshold == null ? 0 : 1;
        Run baseline = threshold == null ? null : inputs.loadOne(runs.getFirst(), "baseline");
        for (String argument : runs.subList(firstCandidate, runs.size())) {
            candidates.addAll(inputs.load(argument));
        }
        if (threshold != null) {
            Comparison comparison = RunComparator.compare(baseline, candidates, options);
            add(RegressionCheck.regressions(comparison, threshold), failures, notes);
            notes.add(comparison.rows().size() + " matched row(s) compared");
        }
        if (!rails.isEmpty()) {
            add(RegressionCheck.guardrails(candidates, rails, options.aliases()), failures, notes);
        }

        PrintWriter out = out();
        failures.forEach(f -> out.println("FAIL " + f));
        notes.forEach(n -> out.println("note: " + n));
        out.println(failures.isEmpty() ? "check passed" : "check failed: " + failures.size() + " failure(s)");
        out.flush();
        if (inputs.problems() > 0) {
            spec.commandLine().getErr().println("benchlens: " + inputs.problems()
                    + " file(s) could not be read, so the check is not conclusive");
            return BenchlensCli.BAD_INPUT;
        }
        return failures.isEmpty() ? 0 : BenchlensCli.CHECK_FAILED;
    }

    private static void add(CheckResult result, List<String> failures, List<String> notes) {
        failures.addAll(result.failures());
        notes.addAll(result.notes());
    }

    static double percent(String text) {
        String number = text.strip().toLowerCase(Locale.ROOT).replace("%", "").strip();
        try {
            double value = Double.parseDouble(number);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--max-regression: expected a percentage such as 10% or 2.5, found '" + text + "'");
    }
}
