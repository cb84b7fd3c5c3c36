package dev.benchlens.bench.ab;

import java.nio.file.Path;

/**
 * One side's code: the commit, the name people know it by, and the checkout its classes are built in.
 *
 * @param commit   the full commit id; for a checkout folder its HEAD, with {@code dirty} set when it has changes
 * @param refName  a branch name or the revision as given, e.g. {@code main} or {@code HEAD~1}
 * @param checkout the folder that is (or will be) built: a cached worktree, or the folder given
 * @param dirty    whether the folder has uncommitted changes (then its code is not exactly {@code commit})
 */
public record Revision(Side side, String commit, String refName, Path checkout, boolean dirty) {

    /** The run's name: {@code base · main@1a2b3c4}, with {@code +changes} when the folder had uncommitted ones. */
    public String runName() {
        return side.label() + " · " + refName + "@" + shortCommit() + (dirty ? "+changes" : "");
    }

    public String shortCommit() {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
