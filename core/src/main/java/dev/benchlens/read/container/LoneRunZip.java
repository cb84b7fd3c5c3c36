package dev.benchlens.read.container;

import dev.benchlens.format.ArtifactNames;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.read.json.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip that holds one run and nothing that the whole read would load beside it: the run's {@code <name>.json}, and
 * at most its {@code <name>.metadata.json} sidecar and JMH's raw {@code <name>.jmh.json} in the same folder, as
 * {@code benchlens run} writes them and GitHub hands them out. Only such a zip can give a start for the one run it
 * will be read as. Nothing is inflated past the limit given, so the ratio checks of a whole read are not needed.
 */
public final class LoneRunZip {

    /** Reads what it needs of the zip's entries while the zip is open. */
    @FunctionalInterface
    public interface Reader<T> {
        Optional<T> read(Entries entries) throws IOException, BadInputException;
    }

    /** A metadata file's name (without folders) and content, from a zip or beside a file. */
    @SuppressWarnings("ArrayRecordComponent") // parsed once; never compared or hashed
    public record Sidecar(String name, byte[] content) {}

    private LoneRunZip() {}

    /** True when {@code head}, a file's first bytes, start a zip that holds entries. */
    public static boolean isZip(byte[] head) {
        return ContentKind.of(head) == ContentKind.ZIP;
    }

    /**
     * What {@code reader} makes of the zip at {@code file}; empty when the file is no zip that {@link ZipFile} can
     * open, or holds anything but one run and its companions.
     */
    public static <T> Optional<T> read(Path file, long maxEntryBytes, Reader<T> reader)
            throws IOException, BadInputException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return Optional.empty();
        }
        try (zip) {
            Optional<Entries> entries = Entries.of(zip, file.toString(), maxEntryBytes);
            return entries.isEmpty() ? Optional.empty() : reader.read(entries.get());
        }
    }

    /** The run's entry and its sidecar's, each read no further than the limit. */
    public static final class Entries {

        /** A run, its sidecar and JMH's output are all a lone run's zip may hold. */
        private static final int MOST_ENTRIES = 3;

        private final ZipFile zip;
        private final String zipOrigin;
        private final ZipEntry run;
        private final ZipEntry sidecar;
        private final long maxEntryBytes;

        private Entries(ZipFile zip, String zipOrigin, ZipEntry run, ZipEntry sidecar, long maxEntryBytes) {
            this.zip = zip;
            this.zipOrigin = zipOrigin;
            this.run = run;
            this.sidecar = sidecar;
            this.maxEntryBytes = maxEntryBytes;
        }

        private static Optional<Entries> of(ZipFile zip, String zipOrigin, long maxEntryBytes) {
            Map<String, ZipEntry> byName = new HashMap<>();
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (byName.size() == MOST_ENTRIES
                        || ZipWalk.climbsOut(entry.getName())
                        || byName.putIfAbsent(entry.getName(), entry) != null) {
                    return Optional.empty();
                }
            }
            List<String> runs =
                    byName.keySet().stream().filter(Entries::namesARun).toList();
            if (runs.size() != 1) {
                return Optional.empty();
            }
            String runName = runs.getFirst();
            String stem = ArtifactNames.stem(runName, ArtifactNames.RUN_SUFFIX);
            for (String name : byName.keySet()) {
                if (!name.equals(runName)
                        && !name.equals(ArtifactNames.sidecar(stem))
                        && !name.equals(ArtifactNames.rawJmh(stem))) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Entries(
                    zip, zipOrigin, byName.get(runName), byName.get(ArtifactNames.sidecar(stem)), maxEntryBytes));
        }

        private static boolean namesARun(String name) {
            return name.endsWith(ArtifactNames.RUN_SUFFIX) && !ArtifactNames.isCompanion(name);
        }

        /** Where the run was found, as a whole read names it: {@code artifact.zip!/folder/name.json}. */
        public String runOrigin() {
            return zipOrigin + "!/" + run.getName();
        }

        /** How large the run's entry says it is once inflated; -1 when it does not say. */
        public long runSize() {
            return run.getSize();
        }

        /** The run's content as it inflates, failing past the limit; for the caller to close. */
        public InputStream openRun() throws IOException {
            return BoundedFiles.limited(zip.getInputStream(run), maxEntryBytes);
        }

        /** The run's metadata file, when the zip holds one. */
        public Optional<Sidecar> sidecar() throws IOException {
            if (sidecar == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(sidecar)) {
                String name = sidecar.getName();
                return Optional.of(new Sidecar(
                        name.substring(name.lastIndexOf('/') + 1), BoundedFiles.readAtMost(in, maxEntryBytes)));
            }
        }
    }
}
