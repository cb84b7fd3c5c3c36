package dev.benchlens.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table that maps names used by other formats to Benchlens's own names (implementations, operations, dtypes,
 * layouts), read from an editable properties-style file; see {@code default-aliases.properties}.
 */
public final class Aliases {

    private static final String DEFAULT_RESOURCE = "default-aliases.properties";
    private static final List<String> KINDS = List.of("implementation", "operation", "dtype", "layout");

    private final Map<String, String> table;

    private Aliases(Map<String, String> table) {
        this.table = Map.copyOf(table);
    }

    /** An empty table: every name stays as it is. */
    public static Aliases none() {
        return new Aliases(Map.of());
    }

    /** The table shipped with Benchlens. */
    public static Aliases defaults() {
        try (InputStream in = Aliases.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's alias file; a malformed line fails with {@code FILE:LINE: what is wrong}. */
    public static Aliases load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses alias lines; {@code source} names the text in error messages. */
    public static Aliases parse(String text, String source) throws IOException {
        Map<String, String> table = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            int dot = line.indexOf('.');
            String where = source + ":" + (i + 1) + ": ";
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new IOException(where + "expected 'KIND.NAME[@SIMD_MODE] = NAME', found '" + line + "'");
            }
            String kind = line.substring(0, dot).strip();
            String from = line.substring(dot + 1, eq).strip();
            String to = line.substring(eq + 1).strip();
            if (!KINDS.contains(kind)) {
                throw new IOException(where + "unknown kind '" + kind + "' (expected one of " + KINDS + ")");
            }
            if (from.isEmpty() || to.isEmpty()) {
                throw new IOException(where + "both names must be given, found '" + line + "'");
            }
            if (from.contains("@") && !kind.equals("implementation")) {
                throw new IOException(where + "only implementation aliases may name a simd mode ('@')");
            }
            table.put(kind + "." + from, to);
        }
        return new Aliases(table);
    }

    /** The implementation's own name: an alias for this simd mode first, then one for any mode, else unchanged. */
    public String implementation(String name, String simdMode) {
        if (simdMode != null) {
            String bySimdMode = table.get("implementation." + name + "@" + simdMode);
            if (bySimdMode != null) {
                return bySimdMode;
            }
        }
        return table.getOrDefault("implementation." + name, name);
    }

    public String operation(String name) {
        return table.getOrDefault("operation." + name, name);
    }

    public String dtype(String name) {
        return table.getOrDefault("dtype." + name, name);
    }

    public String layout(String name) {
        return table.getOrDefault("layout." + name, name);
    }

    /** How many aliases the table holds. */
    public int size() {
        return table.size();
    }
}
