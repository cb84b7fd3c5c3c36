package dev.benchlens.bench.ab;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one revision's bench module and gives its classpath. A commit is checked out once as a worktree of the
 * user's repository in the cache folder and built there once: later {@code ab} calls reuse it. A folder given by
 * the user is built where it is, every time (Maven's own up-to-date checks keep that short).
 */
final class RevisionBuild {

    /** Written into the built checkout's {@code target/} with the classpath, once the build has finished. */
    static final String STAMP = "target/.benchlens-ab-classpath";

    private final Path repository;
    private final Path cache;
    private final Path mavenRepository;
    private final PrintStream log;

    RevisionBuild(Path repository, Path cache, Path mavenRepository, PrintStream log) {
        this.repository = repository;
        this.cache = cache;
        this.mavenRepository = mavenRepository;
        this.log = log;
    }

    /** The Maven repository the launcher uses: {@code BENCHLENS_MAVEN_REPO}, else {@code ~/.m2/repository}. */
    static Path mavenRepository(Map<String, String> env) {
        String given = env.get("BENCHLENS_MAVEN_REPO");
        return given != null && !given.isBlank()
                ? Path.of(given)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The classpath of {@code revision}'s bench module, building it first when needed. */
    String classpath(Revision revision) throws IOException {
        Path checkout = revision.checkout();
        boolean cached = checkout.startsWith(cache);
        Path stamp = checkout.resolve(STAMP);
        if (cached && Files.isRegularFile(stamp)) {
            String classpath = Files.readString(stamp, StandardCharsets.UTF_8).strip();
            if (allExist(classpath)) {
                log.println("build " + revision.runName() + ": reusing " + checkout);
                return classpath;
            }
            // A cache restored on another machine (CI keeps it between jobs) without the same Maven repository.
            log.println("build " + revision.runName() + ": its cached build names files that are gone; building again");
        }
        if (cached && !Files.exists(checkout.resolve(".git"))) {
            log.println("build " + revision.runName() + ": checking out " + revision.commit() + " into " + checkout);
            Files.createDirectories(cache);
            Commands.output(repository, "git", "worktree", "prune");
            Commands.output(
                    repository,
                    "git",
                    "worktree",
                    "add",
                    "--detach",
                    "--force",
                    checkout.toString(),
                    revision.commit());
        }
        log.println("build " + revision.runName() + ": compiling bench and core in " + checkout + " ...");
        long started = System.nanoTime();
        maven(revision, checkout);
        String classpath = checkout.resolve("bench/target/classes")
                + File.pathSeparator
                + Files.readString(checkout.resolve("bench/target/classpath.txt"), StandardCharsets.UTF_8)
                        .strip();
        Files.writeString(stamp, classpath, StandardCharsets.UTF_8);
        log.printf(Locale.ROOT, "build %s: done in %.0f s%n", revision.runName(), (System.nanoTime() - started) / 1e9);
        return classpath;
    }

    static boolean allExist(String classpath) {
        return !classpath.isEmpty()
                && java.util.Arrays.stream(classpath.split(File.pathSeparator, -1))
                        .allMatch(entry -> !entry.isEmpty() && Files.exists(Path.of(entry)));
    }

    private void maven(Revision revision, Path checkout) throws IOException {
        Path buildLog = Files.createTempFile("benchlens-ab-build", ".log");
        try {
            Process process = new ProcessBuilder(List.of(
                            checkout.resolve(isWindows() ? "mvnw.cmd" : "mvnw").toString(),
                            "-B",
                            "-q",
                            "-f",
                            checkout.resolve("pom.xml").toString(),
                            "-Dmaven.repo.local=" + mavenRepository,
                            "-DskipTests",
                            "-Dspotless.check.skip=true",
                            "-pl",
                            "bench",
                            "-am",
                            "package"))
                    .directory(checkout.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(buildLog.toFile())
                    .start();
            process.getOutputStream().close();
            int status = process.waitFor();
            if (status != 0) {
                List<String> lines = Files.readAllLines(buildLog, StandardCharsets.UTF_8);
                lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(log::println);
                throw new IOException("building " + revision.runName() + " in " + checkout + " failed (exit " + status
                        + "; Maven's last lines are above)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building " + revision.runName(), e);
        } finally {
            Files.deleteIfExists(buildLog);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
