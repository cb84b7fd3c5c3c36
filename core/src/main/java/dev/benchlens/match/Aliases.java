package dev.benchlens.match;

import dev.benchlens.format.Layout;
import dev.benchlens.format.SimdMode;
import dev.benchlens.io.BoundedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final String ANY_MODE = "";
    /** A table of a few hundred lines takes kilobytes; a larger file is a mistake, or a pipe that never ends. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Map<String, String> table;
    // The same table split by kind and keyed by bare names, so that a lookup per measurement builds no string.
    private final Map<String, String> operations = new HashMap<>();
    private final Map<String, String> dtypes = new HashMap<>();
    private final Map<Layout, Layout> layouts = new HashMap<>();
    private final Map<String, Map<String, String>> implementationsByMode = new HashMap<>();

    private Aliases(Map<String, String> table) {
        this.table = Map.copyOf(table);
        table.forEach((key, to) -> {
            int dot = key.indexOf('.');
            String kind = key.substring(0, dot);
            String from = key.substring(dot + 1);
            switch (kind) {
                case "operation" -> operations.put(from, to);
                case "dtype" -> dtypes.put(from, to);
                case "layout" -> layouts.put(Layout.of(from), Layout.of(to));
                default -> {
                    int at = from.indexOf('@');
                    String name = at < 0 ? from : from.substring(0, at);
                    String mode = at < 0 ? ANY_MODE : from.substring(at + 1);
                    implementationsByMode
                            .computeIfAbsent(name, k -> new HashMap<>())
                            .put(mode, to);
                }
            }
        });
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
        return parse(new String(BoundedFiles.read(file, MAX_FILE_BYTES), StandardCharsets.UTF_8), file.toString());
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
    public String implementation(String name, SimdMode simdMode) {
        Map<String, String> byMode = implementationsByMode.get(name);
        if (byMode == null) {
            return name;
        }
        String alias = simdMode == null ? null : byMode.get(simdMode.label());
        return alias != null ? alias : byMode.getOrDefault(ANY_MODE, name);
    }

    public String operation(String name) {
        return operations.getOrDefault(name, name);
    }

    public String dtype(String name) {
        return dtypes.getOrDefault(name, name);
    }

    public Layout layout(Layout layout) {
        return layouts.getOrDefault(layout, layout);
    }

    /** How many aliases the table holds. */
    public int size() {
        return table.size();
    }
}
