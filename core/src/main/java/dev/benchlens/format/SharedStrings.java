package dev.benchlens.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every short string of one document as one shared instance per distinct value. An artifact repeats the same
 * few names (implementations, units, dtypes, operations) hundreds of thousands of times; kept apart, they were a
 * quarter of the memory a large run holds, and copying them kept the garbage collector busy while reading. A
 * repeated value is found from the parser's characters, so it is not even built as a string: those strings were
 * a seventh of what reading a large artifact allocated.
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
        return shared(p, ctxt);
    }

    /** The instance of the parser's current text that this document read first. */
    static String shared(JsonParser p, DeserializationContext ctxt) throws IOException {
        int length = p.getTextLength();
        if (length > MAX_SHARED_LENGTH) {
            return p.getText();
        }
        // One table per document read: a document is read by one thread, and nothing outlives the read.
        Table table = (Table) ctxt.getAttribute(Table.class);
        if (table == null) {
            table = new Table();
            ctxt.setAttribute(Table.class, table);
        }
        return table.intern(p.getTextCharacters(), p.getTextOffset(), length);
    }

    /** Open addressing over the strings seen, looked up by characters. */
    private static final class Table {
        private String[] slots = new String[256];
        private int size;

        String intern(char[] chars, int offset, int length) {
            int hash = hash(chars, offset, length);
            int mask = slots.length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                String seen = slots[i];
                if (seen == null) {
                    String value = new String(chars, offset, length);
                    if (size < MAX_ENTRIES) {
                        slots[i] = value;
                        if (++size * 2 > slots.length) {
                            grow();
                        }
                    }
                    return value;
                }
                if (sameText(seen, chars, offset, length)) {
                    return seen;
                }
            }
        }

        private void grow() {
            String[] old = slots;
            slots = new String[old.length * 2];
            int mask = slots.length - 1;
            for (String s : old) {
                if (s != null) {
                    int i = s.hashCode() & mask;
                    while (slots[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = s;
                }
            }
        }

        /** The same hash as {@link String#hashCode()}, so that growing can use the strings' own. */
        private static int hash(char[] chars, int offset, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + chars[offset + i];
            }
            return h;
        }

        private static boolean sameText(String s, char[] chars, int offset, int length) {
            if (s.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
