package dev.benchlens.bench.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what the user named (a git revision, or a checkout folder) into a {@link Revision}: its commit, its name and
 * where it is built. Revisions are built in a worktree per commit under the cache folder, never in the user's
 * checkout; a folder given is built where it is.
 */
final class Revisions {

    private final Path repository;
    private final Path cache;

    /**
     * @param repository any folder inside the git repository the revisions belong to
     * @param cache      the folder holding one worktree per commit
     */
    Revisions(Path repository, Path cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /** The revision {@code given} names for {@code side}; {@code null} for the default of that side. */
    Revision resolve(Side side, String given) throws IOException {
        if (given != null && !given.isBlank() && Files.isDirectory(Path.of(given))) {
            return folder(side, Path.of(given).toAbsolutePath().normalize());
        }
        if (given == null || given.isBlank()) {
            return side == Side.HEAD ? revision(side, "HEAD") : mergeBaseWithDefaultBranch();
        }
        return revision(side, given);
    }

    private Revision revision(Side side, String given) throws IOException {
        String commit;
        try {
            commit = git("rev-parse", "--verify", "--quiet", given + "^{commit}");
        } catch (IOException e) {
            throw new IllegalArgumentException(side.label() + " '" + given
                    + "' is neither a folder nor a revision of the repository at " + repository);
        }
        return new Revision(side, commit, refName(given, commit), cache.resolve(commit), false);
    }

    /** The merge base of HEAD with the default branch ({@code origin/HEAD}, else {@code main}, else {@code master}). */
    private Revision mergeBaseWithDefaultBranch() throws IOException {
        String branch = defaultBranch();
        String commit = git("merge-base", "HEAD", branch);
        return new Revision(Side.BASE, commit, branch.replaceFirst("^origin/", ""), cache.resolve(commit), false);
    }

    private String defaultBranch() throws IOException {
        if (Commands.succeeds(repository, "git", "rev-parse", "--verify", "--quiet", "refs/remotes/origin/HEAD")) {
            return git("rev-parse", "--abbrev-ref", "origin/HEAD");
        }
        for (String branch : new String[] {"main", "master"}) {
            if (Commands.succeeds(repository, "git", "rev-parse", "--verify", "--quiet", "refs/heads/" + branch)) {
                return branch;
            }
        }
        throw new IllegalArgumentException("no default branch to take the merge base with (no origin/HEAD, main or "
                + "master in " + repository + "); name BASE");
    }

    /**
     * The branch name for HEAD, a branch or a name as given; for a commit id, the nearest branch it is on (e.g.
     * {@code main~2}), or {@code commit} when none is.
     */
    private String refName(String given, String commit) throws IOException {
        if (given.equals("HEAD")) {
            String branch = git("rev-parse", "--abbrev-ref", "HEAD");
            return branch.equals("HEAD") ? "HEAD" : branch;
        }
        if (!given.matches("[0-9a-fA-F]{7,40}") || !commit.startsWith(given.toLowerCase(Locale.ROOT))) {
            return given;
        }
        try {
            return git("name-rev", "--name-only", "--no-undefined", "--exclude=refs/tags/*", commit)
                    .replaceFirst("^remotes/", "");
        } catch (IOException e) {
            return "commit";
        }
    }

    private Revision folder(Side side, Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve("mvnw")) || !Files.isDirectory(folder.resolve("bench"))) {
            throw new IllegalArgumentException(
                    side.label() + " folder " + folder + " is not a Benchlens checkout (no mvnw and bench/)");
        }
        String commit;
        boolean dirty;
        try {
            commit = Commands.output(folder, "git", "rev-parse", "HEAD");
            dirty = !Commands.output(folder, "git", "status", "--porcelain", "--untracked-files=no")
                    .isEmpty();
        } catch (IOException e) {
            commit = "unknown";
            dirty = true;
        }
        return new Revision(side, commit, folder.getFileName().toString(), folder, dirty);
    }

    private String git(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        return Commands.output(repository, command);
    }
}
