package dev.benchlens.read.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import dev.benchlens.read.limits.DocumentLimits;

/**
 * A document past one of its {@link DocumentLimits}. A parse exception, so that Jackson passes it on unchanged
 * from wherever in its binding the token was read; the message already says where and what.
 */
final class DocumentLimitException extends JsonParseException {

    DocumentLimitException(JsonParser parser, String message) {
        super(parser, message);
    }

    /** The first limit exception in {@code e}'s causes, or null. */
    static DocumentLimitException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DocumentLimitException limit) {
                return limit;
            }
        }
        return null;
    }
}
