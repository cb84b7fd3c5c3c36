package dev.benchlens.escape;

import java.util.regex.Pattern;

/**
 * The one way text that came from a file (names of runs, operations, implementations, zip entries) is written
 * out. Such text is chosen by whoever made the file, a fork's CI included, so it is written so that it can only
 * ever read as itself: in Markdown it cannot open HTML or comments, break a table, start code, link or mention
 * anyone; in CSV a spreadsheet cannot take it for a formula; on a terminal it cannot move the cursor, retitle the
 * window or reorder what follows. Control characters go everywhere, a line break becomes a space.
 */
public final class UntrustedText {

    /**
     * Where the text goes. {@code MARKDOWN_CODE} is the inside of a code span, where Markdown and HTML mean
     * nothing but a backtick or a line break would end it, and raw HTML still wins over it; a
     * {@code TERMINAL_LINE} is a whole message of ours, cut in the middle only past {@value #MAX_LINE_CHARS}
     * characters (its start says what, its end usually where); {@code TERMINAL_TEXT} is a whole report of ours,
     * whose own line breaks stay.
     */
    public enum Target {
        MARKDOWN,
        MARKDOWN_CODE,
        CSV,
        TERMINAL,
        TERMINAL_LINE,
        TERMINAL_TEXT
    }

    /** A name longer than this is cut where people read it; a CSV export keeps it whole. */
    static final int MAX_SHOWN_CHARS = 200;

    /** The longest line a report or message of ours writes; longer facts are cut with "…". */
    public static final int MAX_LINE_CHARS = 500;

    /** What a cut line keeps of its start and end, so that with its prefix it stays within the limit. */
    private static final int LINE_PREFIX_ROOM = 10;

    private static final int LINE_HEAD_CHARS = 320;
    private static final int LINE_TAIL_CHARS = MAX_LINE_CHARS - LINE_PREFIX_ROOM - LINE_HEAD_CHARS - 3;

    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?" + "|[-+]?Infinity");

    private UntrustedText() {}

    public static String markdown(String text) {
        return escape(text, Target.MARKDOWN);
    }

    public static String csv(String text) {
        return escape(text, Target.CSV);
    }

    public static String terminal(String text) {
        return escape(text, Target.TERMINAL);
    }

    /**
     * A name as a window shows it: on one line, with no control characters, cut where it is too long to read (a
     * table cell, a title, a label). The data keeps it whole: exports write it as it was read.
     */
    public static String shown(String text) {
        return escape(text, Target.TERMINAL);
    }

    /** A whole line of ours that quotes names, such as a load problem; bounded by whoever made it. */
    public static String terminalLine(String text) {
        return escape(text, Target.TERMINAL_LINE);
    }

    /** {@code text} made safe for {@code target}; null stays null. */
    public static String escape(String text, Target target) {
        if (text == null) {
            return null;
        }
        if (target == Target.TERMINAL_TEXT) {
            return text.chars().anyMatch(c -> isControl((char) c))
                    ? text.chars()
                            .filter(c -> !isControl((char) c))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString()
                    : text;
        }
        String plain = withoutControls(
                switch (target) {
                    case CSV -> text;
                    // Cut to leave room for a prefix such as "FAIL " or "error: " within the line's limit.
                    case TERMINAL_LINE ->
                        text.length() <= MAX_LINE_CHARS - LINE_PREFIX_ROOM
                                ? text
                                : text.substring(0, LINE_HEAD_CHARS) + " … "
                                        + text.substring(text.length() - LINE_TAIL_CHARS);
                    default -> shortened(text);
                });
        return switch (target) {
            case MARKDOWN -> markdownOf(plain);
            // CommonMark lets an HTML tag or comment that opens inside a code span win over it (spec example
            // 344), so '<' becomes the look-alike '‹' there; entities would show as written inside code.
            case MARKDOWN_CODE -> plain.replace('`', '\'').replace('<', '\u2039');
            case CSV -> csvOf(plain);
            case TERMINAL, TERMINAL_LINE, TERMINAL_TEXT -> plain;
        };
    }

    private static String shortened(String text) {
        return cut(text, MAX_SHOWN_CHARS + 1);
    }

    /**
     * {@code text} if it has at most {@code maxChars} characters, else its start and "…" in {@code maxChars}
     * characters, never splitting a surrogate pair.
     */
    public static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + "…";
    }

    /**
     * Drops C0 and C1 controls (ESC starts terminal sequences, BEL ends OSC ones), DEL, and the bidirectional
     * overrides that make text display in another order than it is read; line breaks and tabs become spaces.
     */
    private static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
            boolean dropped = !lineBreak && isControl(c);
            if (lineBreak || dropped) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (lineBreak) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** True for what {@link #escape} drops: controls other than line breaks and tabs, and bidi overrides. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }

    /**
     * Backslash escapes for Markdown's own characters, entities for HTML's, and a zero-width space after
     * {@code @} and inside {@code ://} and {@code www.} so that GitHub neither mentions nor links.
     */
    private static String markdownOf(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("@&#8203;");
                // Without a bracket there is no link, so parentheses (common in our own headers) stay as they are.
                case '\\', '`', '|', '[', ']', '*', '~' -> out.append('\\').append(c);
                case ':' -> out.append(text.startsWith("//", i + 1) ? ":&#8203;" : ":");
                case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "&#8203;." : ".");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A cell a spreadsheet would read as a formula gets a leading quote, as OWASP advises; a plain number such
     * as {@code -1.5} is left as it is, since a spreadsheet reads it as the number it is.
     */
    private static String csvOf(String text) {
        if (!text.isEmpty()
                && "=+-@".indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
