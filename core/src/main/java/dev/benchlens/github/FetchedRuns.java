package dev.benchlens.github;

import dev.benchlens.format.Fact;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.identity.IdentityResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the runs read from a fetched artifact the facts of the workflow run that made it: its record beside the zip
 * becomes their metadata (commit and branch, run id and URL, event, conclusion, created time when the files record
 * none), their environment (GitHub Actions, by the recorded run) and their names ({@code ... · main@1a2b3c4}).
 * Runs not read from a fetched artifact are returned as they are.
 */
public final class FetchedRuns {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The metadata's {@code extra} keys under which a fetched run keeps its repository, event and artifact. */
    public static final String REPOSITORY = "github_repository";

    public static final String EVENT = "github_event";
    public static final String ARTIFACT_ID = "github_artifact_id";

    private FetchedRuns() {}

    public static List<Run> attach(List<Run> runs) {
        Map<Path, Optional<RunRecord>> records = new HashMap<>();
        List<Run> attached = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Optional<RunRecord> record =
                    zipOf(run.origin()).flatMap(zip -> records.computeIfAbsent(zip, FetchedRuns::recordBeside));
            attached.add(record.map(r -> apply(run, r)).orElse(run));
        }
        return attached;
    }

    private static Optional<Path> zipOf(String origin) {
        int inside = origin.indexOf("!/");
        if (inside < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(origin.substring(0, inside)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<RunRecord> recordBeside(Path zip) {
        Path file = RunRecord.fileFor(zip);
        return Files.isRegularFile(file) ? RunRecord.read(file) : Optional.empty();
    }

    /** The run with the record's facts; what the run's own files record wins over the record. */
    static Run apply(Run run, RunRecord record) {
        WorkflowRun w = record.run();
        RunMetadata m = run.metadata();
        Map<String, String> extra = new HashMap<>(m.extra());
        putAbsent(extra, REPOSITORY, record.repository());
        putAbsent(extra, EVENT, w.event());
        putAbsent(extra, ARTIFACT_ID, Long.toString(record.artifactId()));
        putAbsent(extra, "github_conclusion", w.conclusion());
        putAbsent(
                extra,
                "github_run_created",
                w.createdAt() == null ? null : w.createdAt().toString());
        RunMetadata.Git git = m.git() != null ? m.git() : new RunMetadata.Git(w.commit(), w.branch());
        RunMetadata.Ci ci = m.ci() != null && m.ci().runId() != null
                ? m.ci()
                : new RunMetadata.Ci(m.ci() == null ? null : m.ci().runner(), Long.toString(w.id()), w.url());
        RunMetadata enriched = new RunMetadata(
                m.source().isUnknown() ? RunSource.GITHUB_ACTIONS : m.source(),
                m.simdMode(),
                m.host(),
                m.container(),
                m.jvm(),
                m.vectorBits(),
                m.blas(),
                m.env(),
                git,
                ci,
                m.startedAt() != null ? m.startedAt() : w.createdAt(),
                m.endedAt(),
                m.harness(),
                extra);
        Run withFacts = run.withMetadata(enriched);
        RunIdentity resolved =
                IdentityResolver.resolve(withFacts, run.origin(), run.identity().path());
        String reason = "GitHub run " + w.id();
        List<Fact> facts = new ArrayList<>(resolved.facts());
        addFact(facts, "commit", w.commit(), reason);
        addFact(facts, "branch", w.branch(), reason);
        addFact(facts, "event", w.event(), reason);
        addFact(facts, "conclusion", w.conclusion(), reason);
        addFact(facts, "run created", w.createdAt() == null ? null : MINUTE.format(w.createdAt()) + " UTC", reason);
        addFact(facts, "run URL", w.url(), reason);
        String name =
                w.branch() == null ? resolved.name() : resolved.name() + " · " + w.branch() + "@" + w.shortCommit();
        return withFacts.withIdentity(
                new RunIdentity(resolved.environment(), resolved.environmentReason(), name, resolved.path(), facts));
    }

    private static void putAbsent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.putIfAbsent(key, value);
        }
    }

    private static void addFact(List<Fact> facts, String label, String value, String reason) {
        if (value != null
                && !value.isBlank()
                && facts.stream().noneMatch(f -> f.label().equals(label))) {
            facts.add(new Fact(label, value, reason));
        }
    }
}
