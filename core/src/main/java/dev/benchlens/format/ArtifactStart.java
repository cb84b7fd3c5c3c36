package dev.benchlens.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start of a document of this format, read without the rest: its header, its metadata and its first operations,
 * each operation whole and bound as reading the whole document binds it. A large artifact's first rows can then be
 * shown while the whole of it is still being read.
 */
public final class ArtifactStart {

    private static final ObjectReader READER = ArtifactJson.lenientReader();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};

    /**
     * What was read.
     *
     * @param run   the run so far: the metadata and the cases up to the last operation read
     * @param whole true when the document ended within the start, so the run is all of it
     */
    public record Start(Run run, boolean whole) {}

    private ArtifactStart() {}

    /**
     * Reads from {@code parser} until {@code measurements} measurements are read, rounded up to a whole operation, or
     * the document ends. Empty when the start cannot stand for the whole: the document is not of this format and
     * version, its metadata comes after its cases, or a case gives its shape, dtype or layout after its operations.
     *
     * @throws IOException when what the start holds is malformed; reading the whole document meets it too
     */
    public static Optional<Start> read(JsonParser parser, String origin, int measurements) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        Header header = new Header();
        List<Case> cases = new ArrayList<>();
        List<String> warnings = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "format" ->
                    header.format = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "version" ->
                    header.version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                case "metadata" -> header.metadata = READER.readValue(parser, RunMetadata.class);
                case "cases" -> {
                    if (!header.complete() || parser.currentToken() != JsonToken.START_ARRAY) {
                        return Optional.empty();
                    }
                    CasesRead read = readCases(parser, cases, measurements);
                    if (read == CasesRead.UNSETTLED) {
                        return Optional.empty();
                    }
                    if (read == CasesRead.CUT) {
                        return Optional.of(new Start(new Run(origin, header.metadata, cases, List.of()), false));
                    }
                }
                case "warnings" -> warnings = READER.forType(TEXTS).readValue(parser);
                default -> parser.skipChildren();
            }
        }
        if (!header.complete()) {
            return Optional.empty();
        }
        return Optional.of(
                new Start(new Run(origin, header.metadata, cases, warnings == null ? List.of() : warnings), true));
    }

    /** The fields that must come before the cases for the start to say which run it is. */
    private static final class Header {
        private String format;
        private Integer version;
        private RunMetadata metadata;

        boolean complete() {
            return ArtifactJson.FORMAT_NAME.equals(format)
                    && version != null
                    && version >= 1
                    && version <= ArtifactJson.FORMAT_VERSION
                    && metadata != null;
        }
    }

    private enum CasesRead {
        /** Every case was read. */
        ALL,
        /** Enough measurements were read; the cases list ends with the case they were cut from. */
        CUT,
        /** A case's operations came before what says which case it is. */
        UNSETTLED
    }

    private static CasesRead readCases(JsonParser parser, List<Case> cases, int measurements) throws IOException {
        int read = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            Shape shape = null;
            String dtype = null;
            Layout layout = null;
            List<Operation> operations = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "shape" -> shape = READER.readValue(parser, Shape.class);
                    case "dtype" -> dtype = READER.readValue(parser, String.class);
                    case "layout" -> layout = Layout.of(READER.readValue(parser, String.class));
                    case "operations" -> {
                        // Our writer puts the layout before the operations; one that comes after could change the case.
                        if (shape == null
                                || dtype == null
                                || layout == null
                                || parser.currentToken() != JsonToken.START_ARRAY) {
                            return CasesRead.UNSETTLED;
                        }
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            Operation operation = READER.readValue(parser, Operation.class);
                            operations.add(operation);
                            read += operation.measurements().size();
                            if (read >= measurements) {
                                cases.add(new Case(shape, dtype, layout, operations));
                                return CasesRead.CUT;
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            cases.add(new Case(shape, dtype, layout, operations));
        }
        return CasesRead.ALL;
    }
}
