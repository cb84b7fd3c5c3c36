package dev.benchlens.read.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Where a parser stands in a document, written as {@code cases[0].operations[3].name}. */
final class JsonPaths {

    /** A hostile document's field names can be megabytes long; a path only needs to be recognisable. */
    private static final int MAX_NAME = 40;

    private JsonPaths() {}

    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) { // a list just opened has no element yet
                    parts.addFirst("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.addFirst("." + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
