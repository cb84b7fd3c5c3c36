/** A/B runs of two revisions: each built in a cached worktree, forks interleaved, contention read from /proc. */
package dev.benchlens.bench.ab;
