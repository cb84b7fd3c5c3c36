package dev.benchlens.read;

import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.Run;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.io.IoMessages;
import dev.benchlens.read.DocumentReader.AbRecordDocument;
import dev.benchlens.read.DocumentReader.Document;
import dev.benchlens.read.DocumentReader.GuardrailDocument;
import dev.benchlens.read.DocumentReader.RunDocument;
import dev.benchlens.read.DocumentReader.SidecarDocument;
import dev.benchlens.read.container.FoundFile;
import dev.benchlens.read.container.WalkListener;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.limits.DocumentLimits;
import dev.benchlens.read.limits.HeapAdvice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what one load finds: parses each JSON file as it arrives, keeps runs and metadata sidecars apart, and
 * at the end attaches each sidecar to the run whose file has the same name in the same folder.
 */
final class LoadSession implements WalkListener {

    private final LoadProgress progress;
    private final DocumentLimits limits;
    private final Map<String, Run> runsByFile = new LinkedHashMap<>();
    private final List<Run> runsSharingAName = new ArrayList<>();
    private final Map<String, Sidecar> sidecars = new LinkedHashMap<>();
    private final Map<String, Run> rawJmhCompanions = new LinkedHashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<LoadProblem> notes = new ArrayList<>();
    private int found;
    private int done;

    private record Sidecar(String origin, String name, SidecarDocument document) {}

    LoadSession(LoadProgress progress, DocumentLimits limits) {
        this.progress = progress;
        this.limits = limits;
    }

    @Override
    public void json(FoundFile file) {
        Document document;
        try {
            document = DocumentReader.read(file.content(), file.origin(), limits);
        } catch (BadInputException | BoundedFiles.RefusedFileException e) {
            problemReading(file, e.getMessage());
            return;
        } catch (IOException e) {
            problemReading(file, "cannot read: " + IoMessages.reason(e));
            return;
        } catch (OutOfMemoryError e) {
            // What this file built is garbage once its reader has unwound, so the files after it still have room.
            problemReading(file, HeapAdvice.tooLarge());
            return;
        } catch (RuntimeException e) {
            // A reader's bug must not stop the other files, nor print a stack trace at a user.
            problemReading(file, Faults.describe(e));
            return;
        }
        switch (document) {
            case RunDocument(Run run) -> {
                Run checked = TimeChecks.dropImpossibleTimes(run);
                if (file.name().endsWith(ArtifactNames.RAW_JMH_SUFFIX)) {
                    rawJmhCompanions.put(key(file, ArtifactNames.RAW_JMH_SUFFIX), checked);
                    return;
                }
                if (runsByFile.putIfAbsent(key(file, ArtifactNames.RUN_SUFFIX), checked) != null) {
                    // e.g. "r" and "r.json" side by side: both are runs, only the first can take a sidecar
                    runsSharingAName.add(checked);
                }
            }
            case SidecarDocument sidecar -> {
                if (file.name().endsWith(ArtifactNames.SIDECAR_SUFFIX)) {
                    sidecars.put(
                            key(file, ArtifactNames.SIDECAR_SUFFIX), new Sidecar(file.origin(), file.name(), sidecar));
                } else {
                    note(file.origin(), "run metadata whose name is not <run>.metadata.json; not attached to a run");
                }
            }
            case AbRecordDocument record -> {
                // benchlens ab's record beside its two runs: read by nothing here, and no problem.
            }
            case GuardrailDocument guardrails ->
                note(
                        file.origin(),
                        "a guard-rail list (" + guardrails.guardrails().size() + " limits) for check; not a run");
        }
    }

    /** Reports a file that could not be read, unless the walk that found it reports it (a zip entry cut short). */
    private void problemReading(FoundFile file, String message) {
        if (!file.content().failedToRead()) {
            problem(file.origin(), message);
        }
    }

    /** The file's folder and its name without {@code suffix}: what a run and its sidecar have in common. */
    private static String key(FoundFile file, String suffix) {
        return file.folder() + "/" + ArtifactNames.stem(file.name(), suffix);
    }

    @Override
    public void problem(String location, String message) {
        problems.add(new LoadProblem(location, message));
    }

    @Override
    public void note(String location, String message) {
        notes.add(new LoadProblem(location, message));
    }

    @Override
    public void found(int count) {
        found += count;
    }

    @Override
    public void done(String location) {
        progress.fileRead(location, ++done, Math.max(found, done));
    }

    LoadResult result() {
        sidecars.forEach((key, sidecar) -> {
            Run run = runsByFile.get(key);
            if (run == null) {
                note(
                        sidecar.origin(),
                        "run metadata with no "
                                + ArtifactNames.run(ArtifactNames.stem(sidecar.name(), ArtifactNames.SIDECAR_SUFFIX))
                                + " beside it; not attached");
            } else {
                runsByFile.put(key, sidecar.document().attachTo(run, sidecar.name()));
            }
        });
        List<Run> runs = new ArrayList<>(runsByFile.values());
        runs.addAll(runsSharingAName);
        // The same measurements as the artifact beside it: loading both would show every case twice.
        rawJmhCompanions.forEach((key, raw) -> {
            if (runsByFile.containsKey(key)) {
                note(raw.origin(), "JMH's raw output for " + runsByFile.get(key).origin() + "; not loaded again");
            } else {
                runs.add(raw);
            }
        });
        return new LoadResult(runs, problems, notes);
    }
}
