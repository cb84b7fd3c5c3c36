package dev.benchlens.check;

/**
 * What {@code check} reports: its findings, how many files could not be read, and the verdict they make.
 *
 * @param unreadableFiles files that could not be read, each already reported as a load problem
 */
public record CheckOutcome(CheckResult result, int unreadableFiles) {

    /** The verdict, which the exit code follows: 0 passed, 1 failed, 2 not completed (bad input). */
    public enum Verdict {
        PASSED,
        FAILED,
        INCOMPLETE
    }

    /** Anything in doubt makes the check incomplete, even beside failures; a failure alone makes it fail. */
    public Verdict verdict() {
        if (unreadableFiles > 0 || !result.problems().isEmpty()) {
            return Verdict.INCOMPLETE;
        }
        return result.failures().isEmpty() ? Verdict.PASSED : Verdict.FAILED;
    }

    /** The last line of the output; {@code check passed} only when the verdict is {@link Verdict#PASSED}. */
    public String summary() {
        int failures = result.failures().size();
        return switch (verdict()) {
            case INCOMPLETE ->
                "check could not be completed: "
                        + (unreadableFiles + result.problems().size())
                        + " problem(s) with the input"
                        + (unreadableFiles > 0 ? " (" + unreadableFiles + " file(s) could not be read)" : "")
                        + (failures == 0 ? "" : "; " + failures + " failure(s) found");
            case FAILED -> "check failed: " + failures + " failure(s)";
            case PASSED -> "check passed";
        };
    }
}
