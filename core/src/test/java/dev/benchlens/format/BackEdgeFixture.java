package dev.benchlens.format;

import dev.benchlens.cli.BenchlensCli;

/**
 * A deliberate back edge, for {@code FloorsTest} only: the format floor, near the bottom, using the command line at
 * the top. Test sources are left out of the real rule's classes, so this breaks nothing but the test's own set.
 */
final class BackEdgeFixture {

    private BackEdgeFixture() {}

    static boolean given(BenchlensCli cli) {
        return cli != null;
    }
}
