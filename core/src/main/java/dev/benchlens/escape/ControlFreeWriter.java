package dev.benchlens.escape;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that drops what {@link UntrustedText#isControl} names, the last guard between names from files and a
 * terminal: whatever a command prints, no escape sequence in a name can reach the terminal through it.
 */
public final class ControlFreeWriter extends FilterWriter {

    public ControlFreeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (!UntrustedText.isControl((char) c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (UntrustedText.isControl(buffer[i])) {
                out.write(buffer, start, i - start);
                start = i + 1;
            }
        }
        out.write(buffer, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
