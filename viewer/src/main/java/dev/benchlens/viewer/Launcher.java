package dev.benchlens.viewer;

import dev.benchlens.viewer.app.ExplorerApp;
import dev.benchlens.viewer.app.ViewArguments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * The viewer's entry point, as {@code ./benchlens view [FILE|FOLDER|ZIP...]} calls it. A plain class rather than
 * the {@link Application} itself, so that JavaFX starts from an ordinary classpath. It answers {@code --help}
 * without opening a window, and says in one line when there is no display to open one on.
 */
public final class Launcher {

    static final String USAGE = """
            Usage: benchlens view [--store FILE|URL] [--stored] [--repo OWNER/REPO] [--environment ENV] [PATH...]

            Opens the explorer on result files (ours, the upstream script's, JMH JSON), folders and zips; with no
            path, on sample-results/. More can be opened from File > Open or by dropping them on the window.
            Every run opened is kept in the run store, and the History tab adds the stored runs of the same
            repositories that the files no longer hold.

                  --store FILE|URL     the run store: a SQLite file, postgresql://[USER@]HOST[:PORT]/DATABASE for
                                       a team's, or off (default: BENCHLENS_STORE, else runs.db in the user's
                                       data folder); with no PATH, opens its runs
                  --stored             with no PATH, open the store's runs instead of the samples
                  --repo OWNER/REPO    open only the stored runs of this repository (implies --stored)
                  --environment ENV    open only the stored runs of github-actions, docker, local or unknown
                                       (implies --stored)
              -h, --help               this text
            """;

    private Launcher() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("-h") || arguments.contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        try {
            ViewArguments.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("benchlens view: " + e.getMessage());
            System.exit(2);
        }
        String noDisplay =
                whyNoDisplay(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println("benchlens view: " + noDisplay);
            System.exit(2);
        }
        Application.launch(ExplorerApp.class, args);
    }

    /**
     * Why no window can open, or {@code null} when one can: on Linux and the BSDs a window needs an X or Wayland
     * display (JavaFX would otherwise fail with a stack trace); macOS and Windows always have one, and the headless
     * Monocle platform needs none.
     */
    static String whyNoDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.startsWith("mac") && !os.startsWith("windows");
        boolean hasDisplay = notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
        if (!needsDisplay || hasDisplay || "monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        return "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it on a desktop,"
                + " with ssh -X, or under xvfb-run. The command line (report, compare, check) needs none.";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
