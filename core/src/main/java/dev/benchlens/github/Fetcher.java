package dev.benchlens.github;

import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Fetches one run's artifact into the cache: found there, it is not downloaded again; else it is downloaded, read
 * with the same limits and hostile-zip rules as any zip the user opens, and kept only when it holds a run and
 * nothing unreadable. The run's record is written beside it.
 */
public final class Fetcher {

    private final GitHubClient client;
    private final ArtifactCache cache;
    private final RunLoader loader = new RunLoader();

    public Fetcher(GitHubClient client, ArtifactCache cache) {
        this.client = client;
        this.cache = cache;
    }

    /** The artifact named {@code artifactName} of {@code run}, fetched or found. */
    public FetchOutcome fetch(Repository repo, WorkflowRun run, String artifactName, ByteProgress progress)
            throws GitHubException {
        List<Artifact> artifacts = client.artifacts(repo, run.id());
        Artifact artifact = artifacts.stream()
                .filter(a -> a.name().equals(artifactName))
                .findFirst()
                .orElse(null);
        if (artifact == null) {
            String names = artifacts.isEmpty()
                    ? "none"
                    : artifacts.stream().map(Artifact::name).collect(Collectors.joining(", "));
            return new FetchOutcome(
                    run,
                    FetchOutcome.Kind.NO_ARTIFACT,
                    null,
                    "run " + run.id() + " has no artifact " + artifactName + " (it has: " + names + ")");
        }
        Path zip = cache.zip(repo, artifact);
        ArtifactCache.Entry cached = cache.entry(repo, artifact);
        if (cached instanceof ArtifactCache.Entry.Whole) {
            return new FetchOutcome(
                    run,
                    FetchOutcome.Kind.CACHED,
                    zip,
                    "run " + run.id() + ": " + artifact.name() + " already in the cache, not downloaded again");
        }
        if (artifact.expired()) {
            return expired(run, artifact);
        }
        String replaced = cached instanceof ArtifactCache.Entry.Damaged(String reason)
                ? " (the cached copy was damaged: " + reason + ")"
                : "";
        try {
            if (!replaced.isEmpty()) {
                cache.discard(repo, artifact);
            }
            try (ArtifactCache.Written<Long> written =
                    cache.write(repo, artifact, out -> client.download(repo, artifact, out, progress))) {
                String rejection = check(written.part());
                if (rejection != null) {
                    return new FetchOutcome(
                            run,
                            FetchOutcome.Kind.REJECTED,
                            null,
                            "run " + run.id() + ": artifact " + artifact.name() + " not kept: " + rejection);
                }
                written.keep();
                new RunRecord(repo.toString(), run, artifact.id(), artifact.name(), written.result())
                        .write(RunRecord.fileFor(zip));
                return new FetchOutcome(
                        run,
                        FetchOutcome.Kind.DOWNLOADED,
                        zip,
                        String.format(
                                Locale.ROOT,
                                "run %d: %s downloaded (%s)%s",
                                run.id(),
                                artifact.name(),
                                bytes(written.result()),
                                replaced));
            }
        } catch (GitHubException e) {
            if (e.status() == 410) {
                return expired(run, artifact);
            }
            throw e;
        } catch (IOException e) {
            throw new GitHubException("cannot write " + zip + ": " + e.getMessage());
        }
    }

    private static FetchOutcome expired(WorkflowRun run, Artifact artifact) {
        return new FetchOutcome(
                run,
                FetchOutcome.Kind.EXPIRED,
                null,
                "run " + run.id() + ": artifact " + artifact.name() + " has expired and can no longer be downloaded");
    }

    /** Why the downloaded zip is not kept, or {@code null}: the readers' own verdict on it. */
    private String check(Path part) {
        LoadResult result = loader.load(List.of(part), (location, done, total) -> {});
        if (!result.problems().isEmpty()) {
            return result.problems().getFirst().message()
                    + (result.problems().size() > 1
                            ? " (and " + (result.problems().size() - 1) + " more)"
                            : "");
        }
        return result.runs().isEmpty() ? "it holds no benchmark run" : null;
    }

    /** A byte count as people read it: 512 B, 48.0 KB, 1.2 MB. */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        double kb = count / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
