package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.benchlens.io.AtomicFiles;
import dev.benchlens.io.BoundedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes Benchlens's own results format (see {@code docs/results-format.md}). */
public final class ArtifactJson {

    public static final String FORMAT_NAME = "benchlens-results";
    public static final int FORMAT_VERSION = 1;
    /** What {@link #read(Path)} reads at most; loads go through the read package's limits instead. */
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("benchlens-shared-strings").addDeserializer(String.class, new SharedStrings()))
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Parsing doubles is most of the time a large artifact takes to read; this parser is much faster.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /** Also accepts the bare NaN and Infinity tokens that other tools write for non-finite numbers. */
    private static final ObjectReader READER = MAPPER.reader().with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);

    private ArtifactJson() {}

    /** The document as it is on disk: a format header, then the run. {@code origin} is not stored. */
    record Document(
            String format, Integer version, RunMetadata metadata, List<Case> cases, List<RunWarning> warnings) {}

    public static String toJson(Run run) {
        try {
            return MAPPER.writeValueAsString(
                    new Document(FORMAT_NAME, FORMAT_VERSION, run.metadata(), run.cases(), run.warnings()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise run " + run.origin(), e);
        }
    }

    /**
     * Writes the run to {@code file} through a temporary file and a rename, so that a reader never sees half a
     * file and an existing file is only replaced by a complete one.
     */
    public static void write(Run run, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(run));
    }

    /** True when the parsed JSON document declares itself to be in this format. */
    public static boolean isArtifact(JsonNode root) {
        return root.isObject() && FORMAT_NAME.equals(root.path("format").asText(null));
    }

    /**
     * Binds an already parsed document of this format to a run.
     *
     * @throws IOException with a one-line message saying where in the document (e.g. {@code at cases[0]}) and what
     *                     is wrong; it does not name the file, the caller does
     */
    public static Run fromTree(JsonNode root, String origin) throws IOException {
        return toRun(bind(() -> MAPPER.treeToValue(root, Document.class)), origin);
    }

    /** Reads a document of this format from its bytes; errors carry the JSON line and column. */
    public static Run fromJson(byte[] content, String origin) throws IOException {
        return toRun(bind(() -> READER.readValue(content, Document.class)), origin);
    }

    /** Reads a document of this format from a parser the caller made and closes; errors carry the position. */
    public static Run fromParser(JsonParser parser, String origin) throws IOException {
        return toRun(bind(() -> READER.readValue(parser, Document.class)), origin);
    }

    /**
     * Reads a results file of this format.
     *
     * @throws IOException with one line naming the file and, for JSON errors, the line and column
     */
    public static Run read(Path file) throws IOException {
        byte[] content;
        try {
            content = BoundedFiles.read(file, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return fromJson(content, file.toString());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private interface Binding {
        Document bind() throws IOException;
    }

    private static Document bind(Binding binding) throws IOException {
        try {
            return binding.bind();
        } catch (ValueInstantiationException e) {
            // Records reject nulls with requireNonNull(field, "name"): say which field is missing, and where.
            String where = JsonErrors.describe(e).replaceFirst(":.*$", "");
            if (e.getCause() instanceof NullPointerException npe) {
                // requireNonNull names the field; any other null (an element of a list) has no name to give
                String field = npe.getMessage();
                throw new IOException(
                        where
                                + (field != null && field.matches("\\w+")
                                        ? ": missing field '" + field + "'"
                                        : ": a value that is required is missing or null"),
                        e);
            }
            String reason =
                    e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
            throw new IOException(where + ": " + JsonErrors.oneLine(reason), e);
        } catch (JsonProcessingException e) {
            throw new IOException(JsonErrors.describe(e), e);
        }
    }

    private static Run toRun(Document doc, String origin) throws IOException {
        if (doc == null) {
            throw new IOException("empty document");
        }
        if (doc.version() == null) {
            throw new IOException("missing field 'version'");
        }
        if (doc.version() < 1 || doc.version() > FORMAT_VERSION) {
            throw new IOException("format version " + doc.version() + " is not supported (this Benchlens reads up to "
                    + FORMAT_VERSION + ")");
        }
        if (doc.metadata() == null) {
            throw new IOException("missing field 'metadata'");
        }
        if (doc.cases() == null) {
            throw new IOException("missing field 'cases'");
        }
        return new Run(origin, doc.metadata(), doc.cases(), doc.warnings() == null ? List.of() : doc.warnings(), null);
    }

    /** A reader of the shared mapper that also accepts bare {@code NaN}, {@code Infinity} and {@code -Infinity}. */
    public static ObjectReader lenientReader() {
        return READER;
    }

    /** The shared mapper, configured for this format; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
