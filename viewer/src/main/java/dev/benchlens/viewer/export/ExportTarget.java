package dev.benchlens.viewer.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to write an export; a save dialog in the application, a fixed folder in UI tests. */
@FunctionalInterface
public interface ExportTarget {

    /**
     * Asks where to export.
     *
     * @param what          what is exported, e.g. {@code "Export table as CSV"}
     * @param suggestedName a file name to offer, e.g. {@code comparison.csv}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> choose(String what, String suggestedName);
}
