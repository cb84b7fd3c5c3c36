package dev.benchlens.github;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where fetched artifacts live: {@code <root>/<owner>/<repo>/<artifact id>/<artifact name>.zip} with the run's
 * record beside it. An artifact's id never changes its content, so a zip found here is never downloaded again.
 */
public record ArtifactCache(Path root) {

    /** The user's cache folder by the OS's convention, with {@code benchlens/github} below it. */
    public static Path defaultRoot(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local");
        } else if (os.contains("mac")) {
            base = home.resolve("Library/Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        }
        return base.resolve("benchlens").resolve("github");
    }

    /** The folder holding all of a repository's artifacts: what {@code history} and the explorer open. */
    public Path repositoryFolder(Repository repo) {
        return root.resolve(repo.folder());
    }

    public Path zip(Repository repo, Artifact artifact) {
        return repositoryFolder(repo).resolve(Long.toString(artifact.id())).resolve(safe(artifact.name()) + ".zip");
    }

    public boolean has(Repository repo, Artifact artifact) {
        Path zip = zip(repo, artifact);
        return Files.isRegularFile(zip) && Files.isRegularFile(RunRecord.fileFor(zip));
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "artifact" + cleaned : cleaned;
    }
}
