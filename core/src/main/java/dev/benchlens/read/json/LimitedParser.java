package dev.benchlens.read.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.JsonErrors;
import dev.benchlens.read.limits.DocumentLimits;
import dev.benchlens.read.limits.HeapAdvice;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A JSON parser that holds one document to {@link DocumentLimits} as its tokens stream past, before anything is
 * built from them: the first token past a limit fails with its position, its JSON path and the limit.
 */
final class LimitedParser extends JsonParserDelegate {

    private final DocumentLimits limits;
    private long values;
    private long operations;
    private long samples;
    private long tokens;

    private LimitedParser(JsonParser parser, DocumentLimits limits) {
        super(parser);
        this.limits = limits;
    }

    /** A parser over {@code content} that accepts what {@link ArtifactJson#lenientReader()} accepts. */
    static LimitedParser over(byte[] content, DocumentLimits limits) throws IOException {
        return new LimitedParser(ArtifactJson.lenientReader().createParser(content), limits);
    }

    /** As {@link #over(byte[], DocumentLimits)}, parsing {@code in} as it arrives; closing the parser closes it. */
    static LimitedParser over(InputStream in, DocumentLimits limits) throws IOException {
        return new LimitedParser(ArtifactJson.lenientReader().createParser(in), limits);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (StreamConstraintsException e) {
            throw refused(inWords(e.getOriginalMessage()));
        }
        if (token != null) {
            check(token);
        }
        // A cancelled load stops within a few thousand tokens, even inside one large file.
        if ((++tokens & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
            throw new DocumentLimitException(delegate, "load cancelled");
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private void check(JsonToken token) throws IOException {
        switch (token) {
            case END_ARRAY, END_OBJECT -> {
                return;
            }
            case FIELD_NAME -> {
                if (delegate.currentName().length() > limits.maxStringChars()) {
                    throw refused("a field name longer than " + count(limits.maxStringChars()) + " characters");
                }
                return;
            }
            default -> {
                // a value: counted below
            }
        }
        JsonStreamContext context = delegate.getParsingContext();
        if (token.isNumeric() && isRawSample(context)) {
            // Most of a large run's tokens; checked with as little work as possible.
            if (++samples > limits.maxSamples()) {
                throw refused("more than " + count(limits.maxSamples()) + " raw samples in one file; at most "
                        + count(limits.maxSamples()) + " are read" + HeapAdvice.raiseHint());
            }
            if (delegate.getTextLength() > limits.maxNumberChars()) {
                throw refused("a number written with more than " + limits.maxNumberChars() + " characters");
            }
            return;
        }
        if (token.isStructStart() && context.getNestingDepth() > limits.maxDepth()) {
            throw refused("lists and objects nested more than " + limits.maxDepth() + " deep");
        }
        JsonStreamContext container = token.isStructStart() ? context.getParent() : context;
        boolean sample = container != null && container.inArray() && checkElement(token, container);
        // Samples have their own, larger limit: they are most of a large run, and cost less each.
        if (!sample && ++values > limits.maxValues()) {
            throw refused("more than " + count(limits.maxValues()) + " values in one file; at most "
                    + count(limits.maxValues()) + " are read" + HeapAdvice.raiseHint());
        }
        if (token == JsonToken.VALUE_STRING && delegate.getTextLength() > limits.maxStringChars()) {
            throw refused("a text longer than " + count(limits.maxStringChars()) + " characters; at most "
                    + count(limits.maxStringChars()) + " are read");
        }
        if (token.isNumeric() && delegate.getTextLength() > limits.maxNumberChars()) {
            throw refused("a number written with more than " + limits.maxNumberChars() + " characters");
        }
    }

    /** Checks an element of a list against the limits on its kind; true when it is a raw sample. */
    private boolean checkElement(JsonToken token, JsonStreamContext list) throws IOException {
        String field = fieldHolding(list);
        if ("shape".equals(field) && list.getCurrentIndex() >= limits.maxDimensions()) {
            throw refused("a shape with more than " + limits.maxDimensions() + " dimensions; at most "
                    + limits.maxDimensions() + " are read");
        }
        boolean topLevel = list.getParent() != null && list.getParent().inRoot();
        if (token == JsonToken.START_OBJECT
                && ("operations".equals(field) || topLevel)
                && ++operations > limits.maxOperations()) {
            throw refused("more than " + count(limits.maxOperations()) + " operations in one file; at most "
                    + count(limits.maxOperations()) + " are read" + HeapAdvice.raiseHint());
        }
        if (!token.isScalarValue() || !isSampleList(list)) {
            return false;
        }
        if (++samples > limits.maxSamples()) {
            throw refused("more than " + count(limits.maxSamples()) + " raw samples in one file; at most "
                    + count(limits.maxSamples()) + " are read" + HeapAdvice.raiseHint());
        }
        return true;
    }

    /** True for a number directly in our format's {@code raw} list (the upstream's and JMH's go the long way). */
    private static boolean isRawSample(JsonStreamContext context) {
        if (!context.inArray()) {
            return false;
        }
        JsonStreamContext parent = context.getParent();
        return parent != null && parent.inObject() && "raw".equals(parent.getCurrentName());
    }

    /** The name of the field whose value is {@code list}, or null for a list in a list or at the top. */
    private static String fieldHolding(JsonStreamContext list) {
        JsonStreamContext parent = list.getParent();
        return parent != null && parent.inObject() ? parent.getCurrentName() : null;
    }

    /** True inside {@code raw} or {@code rawData}, however deep the lists of lists (JMH's forks) go. */
    private static boolean isSampleList(JsonStreamContext list) {
        JsonStreamContext outermost = list;
        while (outermost.getParent() != null && outermost.getParent().inArray()) {
            outermost = outermost.getParent();
        }
        String field = fieldHolding(outermost);
        return "raw".equals(field) || "rawData".equals(field);
    }

    private DocumentLimitException refused(String what) {
        JsonLocation at = delegate.currentTokenLocation();
        String where = JsonErrors.position(at);
        String path = JsonPaths.of(delegate.getParsingContext());
        String prefix = where.isEmpty()
                ? (path.isEmpty() ? "" : "at " + path)
                : where + (path.isEmpty() ? "" : " (at " + path + ")");
        return new DocumentLimitException(delegate, prefix.isEmpty() ? what : prefix + ": " + what);
    }

    /** Jackson's own limits, said as ours are. */
    private static String inWords(String message) {
        String text = message == null ? "" : message;
        if (text.startsWith("Number value length")) {
            return "a number written with too many characters";
        }
        if (text.startsWith("String value length") || text.startsWith("Name length")) {
            return "a text too long to read";
        }
        if (text.startsWith("Document nesting depth")) {
            return "lists and objects nested too deep";
        }
        return JsonErrors.oneLine(text);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
