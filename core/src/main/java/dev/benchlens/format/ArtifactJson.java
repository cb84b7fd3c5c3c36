package dev.benchlens.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Reads and writes Benchlens's own results format (see {@code docs/results-format.md}). */
public final class ArtifactJson {

    public static final String FORMAT_NAME = "benchlens-results";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectReader DIRECT_READER = MAPPER.readerFor(Document.class)
            .with(StreamReadFeature.USE_FAST_DOUBLE_PARSER);

    private ArtifactJson() {
    }

    /** The document as it is on disk: a format header, then the run. {@code origin} is not stored. */
    record Document(String format, Integer version, RunMetadata metadata, List<Case> cases, List<String> warnings) {
    }

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
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(run));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** True when the parsed JSON document declares itself to be in this format. */
    public static boolean isArtifact(JsonNode root) {
        return root.isObject() && FORMAT_NAME.equals(root.path("format").asText(null));
    }

    /** Binds an already parsed document of this format to a run. */
    public static Run fromTree(JsonNode root, String origin) throws IOException {
        return toRun(MAPPER.treeToValue(root, Document.class), origin);
    }

    /**
     * True when the bytes open a document of this format with its {@code format} field first, as {@link #write}
     * puts it; such a document can be {@link #read} without building a tree.
     */
    public static boolean startsAsArtifact(byte[] json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "format".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING
                    && FORMAT_NAME.equals(parser.getText());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a document of this format straight from its bytes, with no intermediate tree and Jackson's fast
     * double parser: a large artifact is mostly decimal numbers, and a tree of them costs more than the run.
     */
    public static Run read(byte[] json, String origin) throws IOException {
        return toRun(DIRECT_READER.readValue(json), origin);
    }

    private static Run toRun(Document doc, String origin) throws IOException {
        if (doc.version() == null || doc.version() > FORMAT_VERSION) {
            throw new IOException("format version " + doc.version() + " is not supported (this Benchlens reads up to "
                    + FORMAT_VERSION + ")");
        }
        if (doc.metadata() == null) {
            throw new IOException("missing field 'metadata'");
        }
        if (doc.cases() == null) {
            throw new IOException("missing field 'cases'");
        }
        return new Run(origin, doc.metadata(), doc.cases(),
                doc.warnings() == null ? List.of() : doc.warnings());
    }

    /** The shared mapper, configured for this format; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
