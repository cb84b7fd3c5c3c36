package dev.benchlens.check;

import dev.benchlens.match.CaseKey;
import java.util.Locale;

/** A candidate's measurement slower than the limit a guard-rail sets for its case. */
public record GuardrailBreach(CaseKey key, String run, double millis, double limitMillis) implements Failure {

    @Override
    public String message() {
        return String.format(
                Locale.ROOT, "guard-rail: %s in %s took %.4g ms, limit %.4g ms", key, run, millis, limitMillis);
    }
}
