package dev.benchlens.viewer.prefs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps {@link ViewerSettings} in a small JSON file in the user's configuration folder. */
public final class SettingsStore {

    /** Set to a folder to keep settings there instead of in the user's configuration folder (tests do). */
    public static final String CONFIG_DIR_PROPERTY = "benchlens.config.dir";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the usual place: {@value #CONFIG_DIR_PROPERTY}, else $XDG_CONFIG_HOME, else ~/.config. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(defaultFolder().resolve("viewer.json"));
    }

    static Path defaultFolder() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "Benchlens");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("benchlens");
    }

    public Path file() {
        return file;
    }

    /**
     * The saved settings, or the defaults when there are none. A file that cannot be read is moved aside to
     * {@code viewer.json.unreadable} rather than silently overwritten at the next save.
     */
    public ViewerSettings load() {
        if (!Files.isRegularFile(file)) {
            return ViewerSettings.defaults();
        }
        try {
            ViewerSettings settings = MAPPER.readValue(file.toFile(), ViewerSettings.class);
            return settings == null ? ViewerSettings.defaults() : settings;
        } catch (IOException e) {
            try {
                Files.move(
                        file,
                        file.resolveSibling(file.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Leave it where it is; the defaults are used either way.
            }
            return ViewerSettings.defaults();
        }
    }

    /** Writes through a temporary file and a rename so that a crash never leaves half a file. */
    public void save(ViewerSettings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "viewer", ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), settings);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
