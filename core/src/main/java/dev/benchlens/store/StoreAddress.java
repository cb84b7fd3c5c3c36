package dev.benchlens.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which store the commands use: a SQLite file on this machine, or a team's PostgreSQL server. Chosen by
 * {@code --store}, else {@code BENCHLENS_STORE}, else the file {@code runs.db} in the platform's data folder.
 *
 * <p>A server address keeps its password out of {@link #toString()}: it is for connecting, never for printing.
 *
 * @param file     the SQLite file, for a local store; {@code null} for a server
 * @param server   the server's JDBC address and login, for a team store; {@code null} for a file
 */
public record StoreAddress(Path file, Server server) {

    /** The environment variable that names the store when {@code --store} does not. */
    public static final String VARIABLE = "BENCHLENS_STORE";

    public static final String FILE_NAME = "runs.db";

    /** The address that turns the store off: nothing is indexed, {@code history} reads only the files given. */
    public static final String OFF = "off";

    public StoreAddress {
        if ((file == null) == (server == null)) {
            throw new IllegalArgumentException("a store is a file or a server");
        }
    }

    public static StoreAddress ofFile(Path file) {
        return new StoreAddress(file, null);
    }

    public boolean isLocal() {
        return file != null;
    }

    /**
     * The store named by {@code option} (may be null), else by {@code BENCHLENS_STORE}, else the default file in
     * the data folder; none when the one named is {@code off}.
     *
     * @throws IllegalArgumentException with one line saying what is wrong with the address
     */
    public static Optional<StoreAddress> resolve(String option, Map<String, String> env, String osName, Path home) {
        String given = option != null && !option.isBlank() ? option.strip() : env.get(VARIABLE);
        if (given == null || given.isBlank()) {
            return Optional.of(ofFile(dataFolder(env, osName, home).resolve(FILE_NAME)));
        }
        String text = given.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(OFF)) {
            return Optional.empty();
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return Optional.of(new StoreAddress(null, Server.parse(text, env)));
        }
        if (lower.startsWith("sqlite:")) {
            return Optional.of(ofFile(Path.of(text.substring("sqlite:".length()))));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("store address '" + Server.withoutPassword(text)
                    + "': expected postgresql://HOST[:PORT]/DATABASE, a file path or off");
        }
        return Optional.of(ofFile(Path.of(text)));
    }

    /**
     * The platform's folder for the user's data, with {@code benchlens} below it: {@code $XDG_DATA_HOME/benchlens}
     * (else {@code ~/.local/share/benchlens}), {@code ~/Library/Application Support/Benchlens},
     * {@code %LOCALAPPDATA%\Benchlens}.
     */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local");
            return base.resolve("Benchlens");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Benchlens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve("benchlens");
    }

    @Override
    public String toString() {
        return isLocal() ? file.toString() : server.toString();
    }

    /**
     * A PostgreSQL server: its JDBC address and the login for it. The password comes from the address, else
     * {@code PGPASSWORD}; when neither gives one, the driver looks in {@code ~/.pgpass} (or {@code PGPASSFILE}).
     */
    public record Server(String jdbcUrl, String shown, String user, String password) {

        public Server {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(shown, "shown");
        }

        static Server parse(String text, Map<String, String> env) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        "store address '" + withoutPassword(text) + "' is not a URL: " + e.getReason());
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("store address '" + withoutPassword(text)
                        + "' names no host: expected" + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE");
            }
            String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
            if (database.isBlank()) {
                throw new IllegalArgumentException("store address '" + withoutPassword(text)
                        + "' names no database: expected postgresql://HOST[:PORT]/DATABASE");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] login = uri.getRawUserInfo().split(":", 2);
                user = decode(login[0]);
                password = login.length > 1 ? decode(login[1]) : null;
            }
            user = user != null && !user.isEmpty() ? user : env.get("PGUSER");
            password = password != null ? password : env.get("PGPASSWORD");
            String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new Server(
                    "jdbc:postgresql://" + hostPort + "/" + database + query,
                    "postgresql://" + (user == null ? "" : user + "@") + hostPort + "/" + database,
                    user,
                    password);
        }

        /** The address with any password in it replaced, for messages about an address that did not parse. */
        static String withoutPassword(String text) {
            return text.replaceFirst("(//[^/:@]*):[^@/]*@", "$1:***@");
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
