package dev.benchlens.viewer.app;

import java.util.List;
import java.util.Locale;

/** The keyboard shortcuts as the user's platform writes them: Cmd on macOS, Ctrl elsewhere. */
final class Shortcuts {

    private Shortcuts() {}

    /** {@code ⌘} on macOS, {@code Ctrl+} elsewhere: what JavaFX's {@code Shortcut} modifier is there. */
    static String modifierOf(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac") ? "⌘" : "Ctrl+";
    }

    /** One line per shortcut, e.g. {@code Ctrl+O\tOpen files}. */
    static List<String> lines(String modifier) {
        String shift = modifier.equals("⌘") ? "⇧" + modifier : modifier + "Shift+";
        return List.of(
                modifier + "O\tOpen files",
                shift + "O\tOpen folder",
                modifier + "G\tOpen from GitHub",
                modifier + "C\tCopy the selected rows (in the table)",
                modifier + "F\tFind in the table",
                shift + "F\tClear filters",
                modifier + "E\tExport chart as PNG",
                shift + "C\tExport table as CSV",
                shift + "M\tExport comparison as Markdown",
                modifier + "Q\tQuit",
                "F1\tThis list");
    }
}
