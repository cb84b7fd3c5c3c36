package dev.benchlens.read.container;

import java.io.IOException;
import java.io.InputStream;

/** What a file is, told from its first bytes rather than its name. */
enum ContentKind {
    ZIP,
    EMPTY_ZIP,
    JSON,
    EMPTY,
    OTHER;

    static final int SNIFF_BYTES = 256;

    /** Peeks at the start of {@code in}, which must support mark and reset, and leaves it where it was. */
    static ContentKind sniff(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return of(head, head.length);
    }

    /** Tells what {@code content} is from its first bytes. */
    static ContentKind of(byte[] content) {
        return of(content, Math.min(content.length, SNIFF_BYTES));
    }

    private static ContentKind of(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K') {
            if (head[2] == 3 && head[3] == 4) {
                return ZIP;
            }
            if (head[2] == 5 && head[3] == 6) {
                return EMPTY_ZIP;
            }
        }
        int i = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == length) {
            return length < SNIFF_BYTES ? EMPTY : JSON;
        }
        return head[i] == '{' || head[i] == '[' ? JSON : OTHER;
    }
}
