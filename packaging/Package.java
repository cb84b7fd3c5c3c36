import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the installed program from the jars Maven left in app/target: a runtime image made by jlink (the JDK
 * modules Benchlens needs and JavaFX's, linked from the platform jars on Maven Central), an app image made by
 * jpackage, and this system's installers, all under target/package/. Run by {@code ./benchlens package} (and
 * {@code benchlens.cmd package}) after {@code mvnw install}; the same on a desk and in CI. Only the JDK is needed:
 * {@code java packaging/Package.java ROOT [deb|rpm|msi|dmg|app-image...]}.
 */
final class Package {

    static final String NAME = "benchlens";
    static final String MAIN_CLASS = "dev.benchlens.app.Main";

    /**
     * The JDK modules, as {@code jdeps --print-module-deps --ignore-missing-deps --multi-release 25} names them for
     * every class of the app's jars (docs/packaging.md), with what they pull in: java.sql (Jackson's optional
     * types) brings java.logging and java.xml; jdk.unsupported.desktop (JavaFX's Swing bridge) brings java.desktop.
     */
    static final List<String> JDK_MODULES = List.of("java.base", "java.desktop", "java.logging", "java.management",
            "java.net.http", "java.sql", "java.xml", "jdk.incubator.vector", "jdk.jfr", "jdk.management",
            "jdk.unsupported", "jdk.unsupported.desktop");
    /** JavaFX's modules, linked from its Maven jars; javafx.base and javafx.graphics come with them. */
    static final List<String> JAVAFX_MODULES = List.of("javafx.controls", "javafx.swing");

    /**
     * The installed program's JVM flags, from app/jvm-flags where every command's are defined: one installed
     * launcher starts one JVM for every command, so it takes the flags every command needs, run's (the Vector API),
     * and those of the installed program itself (JavaFX as named modules, the heap, the collector).
     */
    static final List<String> JVM_FLAG_LINES = List.of("every", "run", "installed");

    static List<String> javaOptions(Path root) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("app/jvm-flags"))) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0 && JVM_FLAG_LINES.contains(line.substring(0, colon))) {
                options.addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
            }
        }
        return options;
    }

    static final Pattern NATIVE_LIBRARY = Pattern.compile(".+\\.(so|dll|dylib)");

    private final Path root;
    private final Path out;
    private final String os;

    Package(Path root) {
        this.root = root;
        this.out = root.resolve("target/package");
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }

    static final List<String> TYPES = List.of("deb", "rpm", "msi", "dmg", "app-image");
    static final String USAGE = "usage: java packaging/Package.java ROOT [" + String.join("|", TYPES) + "...]";

    public static void main(String[] args) throws Exception {
        List<String> types = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        if (types.contains("--help") || types.contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        if (args.length == 0 || !TYPES.containsAll(types)) {
            System.err.println("package: unknown package type in " + types + "; " + USAGE);
            System.exit(2);
        }
        Package build = new Package(Path.of(args[0]).toAbsolutePath().normalize());
        build.run(types.isEmpty() ? build.defaultTypes() : types);
    }

    /** Every installer this system can make: deb (and rpm where rpmbuild is installed), msi, dmg. */
    List<String> defaultTypes() {
        return switch (os) {
            case "windows" -> List.of("msi");
            case "mac" -> List.of("dmg");
            default -> onPath("rpmbuild") ? List.of("deb", "rpm") : List.of("deb");
        };
    }

    void run(List<String> types) throws Exception {
        Path lib = root.resolve("app/target/lib");
        Path appJar = single(root.resolve("app/target"), "benchlens-app-", ".jar");
        List<Path> jars = list(lib, ".jar");
        List<Path> javafx = jars.stream().filter(j -> j.getFileName().toString().startsWith("javafx-")).toList();
        String version = version(appJar, jars);
        delete(out);
        Files.createDirectories(out);

        long start = System.nanoTime();
        Path runtime = out.resolve("runtime");
        // JavaFX's platform jars are modular jars that carry their native libraries. Linked as modules, JavaFX is
        // named, in the configuration it supports (no "unnamed module" warning). Its libraries are left out of
        // the modules and put where the JDK keeps its own, so that they load from the image rather than being
        // unpacked into the user's home first, and so that jpackage sees what they link to (GTK) when it works
        // out the .deb's and .rpm's dependencies. The java command stays in the image, for JMH's forks.
        List<Path> javafxModules = modularOnly(javafx);
        tool("jlink", "--module-path", joined(javafxModules),
                "--add-modules", String.join(",", concat(JDK_MODULES, JAVAFX_MODULES)),
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib|jar)",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6", "--output",
                runtime.toString());
        Path nativeDir = runtime.resolve(os.equals("windows") ? "bin" : "lib");
        for (Path jar : javafxModules) {
            unpackNativeLibraries(jar, nativeDir);
        }
        report("runtime image (jlink)", runtime, start);

        Path input = out.resolve("input");
        Files.createDirectories(input);
        copy(appJar, input);
        for (Path jar : jars) {
            if (!javafx.contains(jar)) {
                copy(jar, input);
            }
        }
        // Started with no arguments (from a desktop menu), the program runs view, which opens these samples.
        copyTree(root.resolve("sample-results"), input.resolve("samples"));

        start = System.nanoTime();
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(),
                "--input", input.toString(), "--main-jar", appJar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(),
                "--arguments", "view", "--java-options", "-Dbenchlens.samples=$APPDIR/samples"));
        for (String option : javaOptions(root)) {
            image.addAll(List.of("--java-options", option));
        }
        if (os.equals("windows")) {
            image.add("--win-console"); // the command line's output reaches the terminal it was typed in
        }
        tool("jpackage", concat(common(version), image));
        Path appImage = out.resolve(os.equals("mac") ? NAME + ".app" : NAME);
        report("app image (jpackage)", appImage, start);

        for (String type : types) {
            if (type.equals("app-image")) {
                continue;
            }
            start = System.nanoTime();
            List<String> installer = new ArrayList<>(List.of("--type", type, "--dest", out.toString(),
                    "--app-image", appImage.toString()));
            installer.addAll(installerOptions(type));
            tool("jpackage", concat(common(version), installer));
            for (Path made : list(out, "." + type)) {
                report(type + " package", made, start);
            }
        }
    }

    /** Options every jpackage call takes; macOS refuses a version starting with 0, so it keeps jpackage's 1.0. */
    List<String> common(String version) {
        List<String> options = new ArrayList<>(List.of("--name", NAME, "--vendor", "Benchlens",
                "--description", "Compare numeric kernel benchmark runs: a desktop explorer and a command line",
                "--icon", icon().toString()));
        if (!(os.equals("mac") && version.startsWith("0"))) {
            options.addAll(List.of("--app-version", version));
        }
        return options;
    }

    /** Where each installer puts the program and its menu entry. */
    List<String> installerOptions(String type) {
        return switch (type) {
            // Installed under /usr, jpackage lays the program out as the file-system standard wants: the launcher
            // in /usr/bin (on PATH), the rest in /usr/lib/benchlens, the desktop entry in /usr/share/applications.
            // packaging/linux holds the .deb's maintainer scripts, which let it install where there is no menu.
            case "deb", "rpm" -> List.of("--install-dir", "/usr", "--linux-shortcut", "--linux-menu-group",
                    "Development;Science", "--linux-app-category", type.equals("deb") ? "devel" : "Development",
                    "--resource-dir", root.resolve("packaging/linux").toString());
            case "msi" -> List.of("--win-menu", "--win-menu-group", "Benchlens", "--win-shortcut-prompt",
                    "--win-dir-chooser", "--win-upgrade-uuid", "5d3b1d2e-8a0c-4f7e-9a63-0b7d2c6f1e41");
            default -> List.of();
        };
    }

    Path icon() {
        String file = switch (os) {
            case "windows" -> "benchlens.ico";
            case "mac" -> "benchlens.icns";
            default -> "benchlens.png";
        };
        return root.resolve("packaging/icons").resolve(file);
    }

    /** The version core says (dev.benchlens.Benchlens.VERSION), the one {@code --version} prints. */
    static String version(Path appJar, List<Path> jars) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(appJar.toUri().toURL()));
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            return (String) loader.loadClass("dev.benchlens.Benchlens").getField("VERSION").get(null);
        }
    }

    /** Maven also resolves each JavaFX artifact's empty, platform-less jar; only the platform's are modules. */
    static List<Path> modularOnly(List<Path> jars) throws IOException {
        List<Path> modular = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry("module-info.class") != null) {
                    modular.add(jar);
                }
            }
        }
        return modular;
    }

    /** Copies the native libraries at the top of a JavaFX jar into {@code dir}. */
    static void unpackNativeLibraries(Path jar, Path dir) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.contains("/") && NATIVE_LIBRARY.matcher(name).matches()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("this JDK has no " + name));
        System.err.println("package: " + name + " " + String.join(" ", args));
        int code = tool.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            System.err.println("package: " + name + " failed with exit code " + code);
            System.exit(1);
        }
    }

    static void tool(String name, String... args) {
        tool(name, List.of(args));
    }

    static void report(String what, Path path, long startNanos) throws IOException {
        long seconds = Math.round((System.nanoTime() - startNanos) / 1e9);
        System.err.printf(Locale.ROOT, "package: %s: %s, %.1f MB, %d s%n", what, path, size(path) / 1e6, seconds);
    }

    static long size(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static Path single(Path dir, String prefix, String suffix) throws IOException {
        List<Path> found = list(dir, suffix).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .filter(p -> !p.getFileName().toString().endsWith("-tests.jar")).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + prefix + "*" + suffix + " in " + dir
                    + " (run ./mvnw install first), found " + found);
        }
        return found.getFirst();
    }

    static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String joined(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static void copy(Path file, Path dir) throws IOException {
        Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
