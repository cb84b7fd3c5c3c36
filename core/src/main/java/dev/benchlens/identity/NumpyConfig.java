package dev.benchlens.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What NumPy's {@code show_config()} text says about the machine and the build, as the upstream script stores it in
 * {@code numpy_config}: the "Machine Information" host, the BLAS of "Build Dependencies", and the "SIMD
 * Extensions". It reads both forms NumPy prints (YAML-like when PyYAML is installed, JSON otherwise) by looking for
 * keys inside each section, so it never needs the text to parse as a whole.
 */
record NumpyConfig(
        String hostCpu,
        String hostSystem,
        String blasName,
        String blasVersion,
        String blasCore,
        List<String> simdBaseline,
        List<String> simdFound,
        List<String> simdMissing) {

    private static final List<String> SECTIONS =
            List.of("Build Dependencies", "Compilers", "Machine Information", "Python Information", "SIMD Extensions");
    private static final Pattern SIMD_NAME = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
    /** Text longer than this is not a show_config() output; it is not searched (bounded work on hostile files). */
    private static final int MAX_LENGTH = 1 << 20;

    static NumpyConfig parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return new NumpyConfig(null, null, null, null, null, List.of(), List.of(), List.of());
        }
        String machine = section(text, "Machine Information");
        String host = after(machine, "host");
        String build = section(text, "Build Dependencies");
        String blas = between(after(build, "blas"), "lapack");
        String simd = section(text, "SIMD Extensions");
        String found = after(simd, "found");
        return new NumpyConfig(
                value(host, "cpu"),
                value(host, "system"),
                value(blas, "name"),
                value(blas, "version"),
                core(blas),
                names(between(after(simd, "baseline"), "found")),
                names(between(found, "not found")),
                names(after(simd, "not found")));
    }

    /** The BLAS NumPy was built with, e.g. {@code openblas64 0.3.27}. */
    Optional<String> blas() {
        if (blasName == null) {
            return Optional.empty();
        }
        return Optional.of(blasVersion == null ? blasName : blasName + " " + blasVersion);
    }

    /** The SIMD extensions NumPy found, baseline first, e.g. {@code NEON NEON_FP16 ASIMD ASIMDHP}. */
    Optional<String> simd() {
        Set<String> all = new LinkedHashSet<>(simdBaseline);
        all.addAll(simdFound);
        return all.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", all));
    }

    /** The SIMD extensions NumPy looked for and did not find, e.g. {@code SVE}. */
    Optional<String> missingSimd() {
        return simdMissing.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", simdMissing));
    }

    /**
     * The CPU core OpenBLAS was built for, from its configuration line ({@code ... NO_AFFINITY neoversen1
     * MAX_THREADS=64}): the one word that is neither a setting ({@code KEY=VALUE}), a flag in capitals nor a version.
     */
    private static String core(String blas) {
        Matcher m = Pattern.compile("openblas configuration\"?\\s*:\\s*\"?([^\"\\n]*)")
                .matcher(blas);
        if (!m.find()) {
            return null;
        }
        for (String word : m.group(1).trim().split("\\s+", -1)) {
            if (word.matches("[A-Za-z][A-Za-z0-9]*")
                    && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    && !word.equalsIgnoreCase("openblas")) {
                return word;
            }
        }
        return null;
    }

    /** The text from {@code name} to the next known section, or empty. */
    private static String section(String text, String name) {
        int start = text.indexOf(name);
        if (start < 0) {
            return "";
        }
        int from = start + name.length();
        int end = text.length();
        for (String other : SECTIONS) {
            int next = text.indexOf(other, from);
            if (next >= 0 && next < end) {
                end = next;
            }
        }
        return text.substring(from, end);
    }

    private static String after(String text, String key) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "\\b\"?\\s*:").matcher(text);
        return m.find() ? text.substring(m.end()) : "";
    }

    private static String between(String text, String endKey) {
        Matcher m =
                Pattern.compile("\\b" + Pattern.quote(endKey) + "\\b\"?\\s*:").matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** The scalar value of {@code key}, quoted or not, e.g. {@code cpu: aarch64} or {@code "cpu": "aarch64"}. */
    private static String value(String text, String key) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "\"?\\s*:\\s*['\"]?([A-Za-z0-9_.+-]+)")
                .matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = SIMD_NAME.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
