package dev.benchlens.github;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where fetched artifacts live: {@code <root>/<owner>/<repo>/<artifact id>/<artifact name>.zip} with the run's
 * record beside it. An artifact's id never changes its content, so a zip found here whole is never downloaded again.
 *
 * <p>Nothing is written through a symbolic link below the root: a linked folder is refused, a download goes into a
 * new temporary file created without following links, then is moved over the zip's name in one step.
 */
public record ArtifactCache(Path root) {

    /** What the cache holds of an artifact. */
    public sealed interface Entry {
        /** The zip and its record, the zip's directory readable and its size the one recorded. */
        record Whole() implements Entry {}

        record Absent() implements Entry {}

        /** Something is there but is not a whole artifact; it is replaced by a new download. */
        record Damaged(String reason) implements Entry {}
    }

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
        return entry(repo, artifact) instanceof Entry.Whole;
    }

    /** What is cached of the artifact: checked (links, record, size, zip directory) before it is called cached. */
    public Entry entry(Repository repo, Artifact artifact) {
        Path zip = zip(repo, artifact);
        Path record = RunRecord.fileFor(zip);
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS) && !Files.exists(record, LinkOption.NOFOLLOW_LINKS)) {
            return new Entry.Absent();
        }
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return new Entry.Damaged("the zip or its record is missing or not a plain file");
        }
        Optional<RunRecord> facts = RunRecord.read(record);
        if (facts.isEmpty()) {
            return new Entry.Damaged("its record is unreadable");
        }
        try {
            long size = Files.size(zip);
            if (facts.get().zipBytes() >= 0 && size != facts.get().zipBytes()) {
                return new Entry.Damaged(String.format(
                        Locale.ROOT,
                        "%d bytes where %d were downloaded",
                        size,
                        facts.get().zipBytes()));
            }
            return readableZip(zip) ? new Entry.Whole() : new Entry.Damaged("its zip directory is unreadable or empty");
        } catch (IOException e) {
            return new Entry.Damaged("it cannot be read");
        }
    }

    private static boolean readableZip(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            return entries.hasMoreElements();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Removes what {@link #entry} found damaged; a link is removed itself, never what it points at. */
    void discard(Repository repo, Artifact artifact) throws IOException {
        Path zip = zip(repo, artifact);
        Files.deleteIfExists(zip);
        Files.deleteIfExists(RunRecord.fileFor(zip));
    }

    /** What {@link #write} puts into a new file. */
    @FunctionalInterface
    interface Download<T> {
        T to(OutputStream out) throws IOException, GitHubException;
    }

    /**
     * A new temporary file in the artifact's folder, filled by {@code download}; {@link Written#keep()} moves it to
     * the zip's name, closing without keeping deletes it.
     */
    <T> Written<T> write(Repository repo, Artifact artifact, Download<T> download) throws IOException, GitHubException {
        Path zip = zip(repo, artifact);
        Path folder = folders(zip.getParent());
        Path part = folder.resolve("." + zip.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        boolean done = false;
        try {
            T result;
            // CREATE_NEW fails on any existing name, a link included; NOFOLLOW_LINKS says so again.
            try (OutputStream out = Files.newOutputStream(
                    part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                result = download.to(out);
            }
            done = true;
            return new Written<>(part, zip, result);
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** A downloaded file not yet under the zip's name. */
    record Written<T>(Path part, Path zip, T result) implements AutoCloseable {
        /** Renames it over the zip's name in one step (a link there is replaced, not followed). */
        void keep() throws IOException {
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(part);
        }
    }

    /** Creates the folders from the root down to {@code folder}, refusing any that is a symbolic link. */
    private Path folders(Path folder) throws IOException, GitHubException {
        Files.createDirectories(root);
        Path current = root;
        for (Path part : root.relativize(folder)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw new GitHubException("the cache folder " + current + " is a symbolic link; nothing is written"
                        + " through it (remove it, and fetch again)");
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        return folder;
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "artifact" + cleaned : cleaned;
    }
}
