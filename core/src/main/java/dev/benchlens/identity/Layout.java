package dev.benchlens.identity;

import dev.benchlens.format.Environment;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the upstream project's folder and file names say about a run: where it ran ({@code docker_results},
 * {@code results/docker}, {@code github-actions-arm64}, {@code linux_investigation}, the workflow's artifact name),
 * its SIMD mode ({@code baseline_<mode>_<ts>.json}) and when it started ({@code <YYYYMMDD-HHMMSS>} folders).
 */
final class Layout {

    /** A path part and the environment it stands for, most specific first: Docker's folders hold the others. */
    private record Convention(Pattern part, Environment environment, String description) {}

    private static final List<Convention> CONVENTIONS = List.of(
            new Convention(Pattern.compile("(^|/)docker_results(/|$)"), Environment.DOCKER, "folder docker_results"),
            new Convention(Pattern.compile("(^|/)results/docker(/|$)"), Environment.DOCKER, "folder results/docker"),
            new Convention(
                    Pattern.compile("(^|/)[^/]*github-actions[^/]*(/|$)"),
                    Environment.GITHUB_ACTIONS,
                    "folder github-actions-arm64"),
            new Convention(
                    Pattern.compile("linux-arm64-benchmark-results[^/]*\\.zip!"),
                    Environment.GITHUB_ACTIONS,
                    "the workflow's artifact linux-arm64-benchmark-results"),
            new Convention(
                    Pattern.compile("(^|/)linux_investigation/"),
                    Environment.GITHUB_ACTIONS,
                    "folder linux_investigation, which the ARM64 workflow writes"));

    private static final Pattern MODE_IN_NAME = Pattern.compile("baseline_(force|auto|disable)_[^/]*\\.json$");
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{8})[-T_](\\d{6})Z?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private Layout() {}

    /** The environment the path's conventions name, with the reason, e.g. {@code docker: folder docker_results}. */
    static Optional<Resolved<Environment>> environment(String location) {
        String path = location.replace('\\', '/');
        for (Convention c : CONVENTIONS) {
            if (c.part().matcher(path).find()) {
                return Optional.of(new Resolved<>(c.environment(), c.description()));
            }
        }
        return Optional.empty();
    }

    /** The SIMD mode in an upstream baseline file's name. */
    static Optional<String> simdMode(String location) {
        Matcher m = MODE_IN_NAME.matcher(location.replace('\\', '/'));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The last {@code YYYYMMDD-HHMMSS} stamp in the path, read as UTC. */
    static Optional<java.time.Instant> timestamp(String location) {
        Matcher m = TIMESTAMP.matcher(location);
        java.time.Instant found = null;
        while (m.find()) {
            try {
                found = LocalDateTime.parse(m.group(1) + m.group(2), STAMP).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // not a time after all; keep looking
            }
        }
        return Optional.ofNullable(found);
    }

    /** A value and where it was learnt. */
    record Resolved<T>(T value, String reason) {}
}
