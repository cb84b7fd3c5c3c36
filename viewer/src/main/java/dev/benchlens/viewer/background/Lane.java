package dev.benchlens.viewer.background;

/**
 * The kinds of background work, each with threads of its own, so that one kind never waits for another: a large
 * file being read holds up no comparison, a chart being painted no export.
 */
public enum Lane {
    /** Files, folders, zips and GitHub: each task on a thread of its own, so a slow or stuck one holds up nothing. */
    READING,
    /**
     * Comparisons, filters and change points: one at a time, in the order asked, on every core but one, so that the
     * window's UI and render threads always find one free.
     */
    COMPARING,
    /** Charts laid out, built and painted: one at a time, on one thread, which owns a chart once it is built. */
    DRAWING,
    /** Exports and settings written to disk: one at a time, in the order asked. */
    EXPORTING
}
