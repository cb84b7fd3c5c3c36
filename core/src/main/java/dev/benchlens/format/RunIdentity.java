package dev.benchlens.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which run this is, for people: the environment it ran in and why that is believed, the facts known about its
 * host (each with its reason), and a readable default name such as {@code Docker · raptors auto · 2025-11-14 15:27}.
 *
 * @param path the run's file relative to what the user opened, e.g. {@code results.zip!/latest.json}
 */
public record RunIdentity(
        Environment environment, String environmentReason, String name, String path, List<Fact> facts) {

    public RunIdentity {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(environmentReason, "environmentReason");
        Objects.requireNonNull(name, "name");
        path = path == null ? "" : path;
        facts = List.copyOf(facts);
    }

    /**
     * The identity of a run whose only evidence is its recorded source label: named after its origin, or when it
     * has none after its environment, runner and SIMD mode, e.g. {@code GitHub ubuntu-24.04-arm · force}.
     */
    public static RunIdentity ofRecordedSource(RunMetadata metadata, String origin) {
        Optional<Environment> recorded = metadata.source().environment();
        Environment environment = recorded.orElse(Environment.UNKNOWN);
        String reason = recorded.isEmpty() ? "nothing recorded says" : "recorded source '" + metadata.source() + "'";
        return new RunIdentity(
                environment, reason, origin.isEmpty() ? nameOf(environment, metadata) : origin, origin, List.of());
    }

    private static String nameOf(Environment environment, RunMetadata metadata) {
        String runner = metadata.ci() == null ? null : metadata.ci().runner();
        String name = environment == Environment.GITHUB_ACTIONS && runner != null
                ? environment.label() + " " + runner
                : environment.label();
        return metadata.simdMode() == null ? name : name + " · " + metadata.simdMode();
    }

    public RunIdentity withName(String newName) {
        return new RunIdentity(environment, environmentReason, newName, path, facts);
    }

    /** The fact with this label, if known. */
    public Optional<Fact> fact(String label) {
        return facts.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** The value of the fact with this label, or {@code null}. */
    public String value(String label) {
        return fact(label).map(Fact::value).orElse(null);
    }
}
