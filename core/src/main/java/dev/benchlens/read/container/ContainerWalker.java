package dev.benchlens.read.container;

import dev.benchlens.format.ArtifactNames;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.io.ByteSizes;
import dev.benchlens.io.IoMessages;
import dev.benchlens.read.limits.HeapAdvice;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the JSON files in what a user names: a file, a folder (recursively) or a zip (with zips inside it), and
 * hands each to a {@link WalkListener}. What a file is comes from its content, not its name. A file given by name
 * brings its {@code <name>.metadata.json} sidecar along when one lies beside it.
 */
public final class ContainerWalker {

    private final LoadLimits limits;
    private final WalkListener listener;
    private final FileGate gate;
    private final ZipFileWalk zipFiles;
    private final Set<Path> seen = new HashSet<>();

    public ContainerWalker(LoadLimits limits, WalkListener listener) {
        this.limits = limits;
        this.listener = listener;
        this.gate = new FileGate(limits.maxFiles(), listener);
        this.zipFiles = new ZipFileWalk(limits, listener, gate, new ZipWalk(limits, listener, gate));
    }

    public void walk(Path path) {
        if (gate.closed()) {
            return;
        }
        if (Files.isDirectory(path)) {
            walkFolder(path);
        } else if (!Files.exists(path)) {
            listener.problem(path.toString(), IoMessages.whyMissing(path));
        } else {
            listener.found(1);
            readFile(path, true);
            sidecarOf(path).ifPresent(sidecar -> {
                listener.found(1);
                readFile(sidecar, false);
            });
        }
    }

    private Optional<Path> sidecarOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(ArtifactNames.RUN_SUFFIX) || name.endsWith(ArtifactNames.SIDECAR_SUFFIX)) {
            return Optional.empty();
        }
        Path sidecar = file.resolveSibling(ArtifactNames.sidecar(ArtifactNames.stem(name, ArtifactNames.RUN_SUFFIX)));
        return Files.isRegularFile(sidecar) && !seen.contains(key(sidecar)) ? Optional.of(sidecar) : Optional.empty();
    }

    private void walkFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // Links are not followed into folders (no loops), but a link to a file is read.
                    if (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        files.add(file);
                    } else if (attributes.isSymbolicLink() && !Files.exists(file)) {
                        listener.note(file.toString(), "skipped: " + IoMessages.whyMissing(file));
                    } else if (attributes.isOther()) {
                        // A named pipe or a device would wait or never end: only regular files are read.
                        listener.note(file.toString(), "skipped: not a regular file (a pipe, device or socket)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    listener.problem(file.toString(), "cannot read: " + IoMessages.reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            listener.problem(folder.toString(), "cannot list folder: " + IoMessages.reason(e));
            return;
        }
        if (files.isEmpty()) {
            listener.note(folder.toString(), "the folder holds no files");
            return;
        }
        files.sort(null);
        listener.found(files.size());
        for (Path file : files) {
            if (gate.closed()) {
                return;
            }
            readFile(file, false);
        }
    }

    private void readFile(Path file, boolean named) {
        String origin = file.toString();
        if (!seen.add(key(file))) {
            listener.done(origin);
            return;
        }
        if (!gate.admit(origin)) {
            return;
        }
        try {
            switch (ContentKind.of(head(file))) {
                case ZIP, EMPTY_ZIP -> zipFiles.read(file, origin);
                case JSON -> readJson(file, origin);
                case EMPTY -> listener.problem(origin, "empty file");
                case OTHER -> {
                    if (named) {
                        listener.problem(origin, "unknown format: neither JSON nor a zip");
                    } else {
                        listener.note(origin, "skipped: neither JSON nor a zip");
                    }
                }
            }
        } catch (BoundedFiles.RefusedFileException e) {
            listener.problem(origin, e.getMessage());
        } catch (IOException e) {
            listener.problem(origin, "cannot read: " + IoMessages.reason(e));
        } catch (OutOfMemoryError e) {
            listener.problem(origin, HeapAdvice.tooLarge());
        }
        listener.done(origin);
    }

    private static byte[] head(Path file) throws IOException {
        return BoundedFiles.head(file, ContentKind.SNIFF_BYTES);
    }

    private void readJson(Path file, String origin) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            listener.problem(
                    origin,
                    "larger than the " + ByteSizes.describe(limits.maxFileBytes()) + " limit for one file ("
                            + ByteSizes.describe(size) + "); not read" + sizeHint());
            return;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        // The stated size is not trusted: the bytes really read count against the limit.
        listener.json(new FoundFile(
                origin,
                parent == null ? "" : parent.toString(),
                file.getFileName().toString(),
                new FileContent.OnDisk(file, limits.maxFileBytes())));
    }

    private String sizeHint() {
        return limits.maxFileBytes() < 256L << 20
                ? " (the limit follows this JVM's " + HeapAdvice.heap() + " heap; " + HeapAdvice.howToRaise() + ")"
                : "";
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
