package dev.benchlens.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads every short string of one document as one shared instance per distinct value. An artifact repeats the same
 * few names (implementations, units, dtypes, operations) hundreds of thousands of times; kept apart, they were a
 * quarter of the memory a large run holds, and copying them kept the garbage collector busy while reading.
 */
final class SharedStrings extends StdDeserializer<String> {

    /** Longer strings (descriptions, commands) are rarely repeated; sharing them would only cost lookups. */
    private static final int MAX_SHARED_LENGTH = 64;
    /** Bounds the table for documents of many distinct names. */
    private static final int MAX_ENTRIES = 65_536;

    SharedStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
        return shared(p.getText(), ctxt);
    }

    /** The instance of {@code value} that this document read first. */
    static String shared(String value, DeserializationContext ctxt) {
        if (value.length() > MAX_SHARED_LENGTH) {
            return value;
        }
        // One table per document read: a document is read by one thread, and nothing outlives the read.
        @SuppressWarnings("unchecked") // Jackson's attributes are Objects; only this class sets this key, to this type
        Map<String, String> table = (Map<String, String>) ctxt.getAttribute(SharedStrings.class);
        if (table == null) {
            table = new HashMap<>();
            ctxt.setAttribute(SharedStrings.class, table);
        }
        String first = table.get(value);
        if (first != null) {
            return first;
        }
        if (table.size() < MAX_ENTRIES) {
            table.put(value, value);
        }
        return value;
    }
}
