package dev.benchlens.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunWarning;
import dev.benchlens.read.container.FileContent;
import dev.benchlens.read.jmh.JmhReader;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import dev.benchlens.read.limits.DocumentLimits;
import dev.benchlens.read.limits.LoadLimits;
import dev.benchlens.read.upstream.UpstreamMetadata;
import dev.benchlens.read.upstream.UpstreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Tells what a JSON document is from its content alone, and reads it with the matching reader. */
public final class DocumentReader {

    static final String UNKNOWN_FORMAT = "unknown format: expected Benchlens results (\"format\": \""
            + ArtifactJson.FORMAT_NAME + "\"), the upstream comparison format (\"metadata\" and \"cases\"),"
            + " JMH -rf json output, or a guard-rail list";

    /** Enough of a file to find its first field, after any whitespace before it. */
    private static final int HEAD_BYTES = 4096;

    private DocumentReader() {}

    /** What a JSON document turned out to be. */
    public sealed interface Document {}

    /** A run in any of the formats read. */
    public record RunDocument(Run run) implements Document {}

    /** Run metadata on its own, to be attached to the run whose file it sits beside. */
    public record SidecarDocument(JsonNode keys) implements Document {

        /** {@code run} with this metadata merged into its own; {@code sidecarName} names the file in warnings. */
        public Run attachTo(Run run, String sidecarName) {
            List<String> notes = new ArrayList<>();
            RunMetadata merged = UpstreamMetadata.merge(run.metadata(), keys, sidecarName, notes);
            List<RunWarning> warnings = new ArrayList<>(run.warnings());
            warnings.addAll(RunWarning.notes(notes));
            return new Run(run.origin(), merged, run.cases(), warnings, null);
        }
    }

    /** Guard-rail limits for {@code check}: not a run. */
    public record GuardrailDocument(List<Guardrail> guardrails) implements Document {}

    /** The record {@code benchlens ab} keeps beside its two runs (seed, order, every fork): not a run. */
    public record AbRecordDocument() implements Document {}

    public static Document read(byte[] content, String origin) throws BadInputException {
        return read(content, origin, LoadLimits.DEFAULTS.document());
    }

    /** Reads a document held to {@code limits}, which are checked while it streams, before it is built. */
    public static Document read(byte[] content, String origin, DocumentLimits limits) throws BadInputException {
        try {
            return read(new FileContent.InMemory(content), origin, limits);
        } catch (IOException e) {
            throw new IllegalStateException("bytes in memory cannot fail to read", e);
        }
    }

    /**
     * Reads a document held to {@code limits}. Our own files are parsed as they stream in; the others, small and
     * in formats told apart by their content as a whole, are read into memory first.
     *
     * @throws IOException when the content itself cannot be read; what it holds fails with a BadInputException
     */
    public static Document read(FileContent file, String origin, DocumentLimits limits)
            throws BadInputException, IOException {
        // Our own files start with their format name; binding them straight away saves building a tree first,
        // which halves the time a large artifact takes to read.
        if (JsonDocuments.startsWithField(file.head(HEAD_BYTES), "format", ArtifactJson.FORMAT_NAME)) {
            return ownFormat(file, origin, limits);
        }
        byte[] content = file.bytes();
        JsonNode root = JsonDocuments.parse(content, limits);
        if (ArtifactJson.isArtifact(root)) {
            return ownFormat(new FileContent.InMemory(content), origin, limits);
        }
        if (root.isObject() && root.has("format")) {
            JsonNode format = root.get("format");
            if (ArtifactNames.AB_RECORD_FORMAT.equals(format.asText())) {
                return new AbRecordDocument();
            }
            String name = format.isTextual() && format.textValue().length() <= 40
                    ? format.textValue()
                    : JsonDocuments.describe(format);
            throw new BadInputException(
                    "unknown format '" + name + "' (this Benchlens reads '" + ArtifactJson.FORMAT_NAME + "')");
        }
        if (JmhReader.isJmh(root)) {
            return new RunDocument(JmhReader.read(root, origin));
        }
        if (UpstreamReader.isUpstream(root)) {
            return new RunDocument(UpstreamReader.read(root, origin));
        }
        if (GuardrailReader.isGuardrailList(root)) {
            return new GuardrailDocument(GuardrailReader.fromTree(root));
        }
        if (UpstreamMetadata.isSidecar(root)) {
            return new SidecarDocument(root);
        }
        if (root.isArray() && root.isEmpty()) {
            throw new BadInputException("an empty list: no benchmark results in it");
        }
        throw new BadInputException(UNKNOWN_FORMAT);
    }

    private static RunDocument ownFormat(FileContent file, String origin, DocumentLimits limits)
            throws BadInputException, IOException {
        return new RunDocument(JsonDocuments.bind(
                file.open(), limits.boundIntoRecords(), parser -> ArtifactJson.fromParser(parser, origin)));
    }
}
