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
public record RunIdentity(Environment environment, String environmentReason, String name, String path,
                          List<Fact> facts) {

    public RunIdentity {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(environmentReason, "environmentReason");
        Objects.requireNonNull(name, "name");
        path = path == null ? "" : path;
        facts = List.copyOf(facts);
    }

    /** The identity of a run whose only evidence is its recorded source label; named after its origin. */
    public static RunIdentity ofRecordedSource(RunMetadata metadata, String origin) {
        Environment recorded = Environment.ofSource(metadata.source());
        return recorded == null
                ? new RunIdentity(Environment.UNKNOWN, "nothing recorded says", origin, origin, List.of())
                : new RunIdentity(recorded, "recorded source '" + metadata.source() + "'", origin, origin, List.of());
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
