package dev.benchlens.escape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Finding 3 of issue 11: a name from a file can only ever read as itself, wherever it is written. */
class UntrustedTextTest {

    @Test
    void markdownCannotOpenHtmlCommentsCodeTablesLinksOrMentions() {
        assertThat(UntrustedText.markdown("sum<!-- hide the rest")).isEqualTo("sum&lt;!-- hide the rest");
        assertThat(UntrustedText.markdown("<img src=x onerror=alert(1)>"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(UntrustedText.markdown("a|b`c`")).isEqualTo("a\\|b\\`c\\`");
        assertThat(UntrustedText.markdown("row\n| new | row |")).isEqualTo("row \\| new \\| row \\|");
        assertThat(UntrustedText.markdown("cc @someone")).isEqualTo("cc @&#8203;someone");
        assertThat(UntrustedText.markdown("[click](https://evil.example)"))
                .isEqualTo("\\[click\\](https:&#8203;//evil.example)");
        assertThat(UntrustedText.markdown("see www.evil.example")).isEqualTo("see www&#8203;.evil.example");
        assertThat(UntrustedText.markdown("&lt;")).isEqualTo("&amp;lt;");
    }

    @Test
    void ordinaryNamesAreUnchanged() {
        for (String name : new String[] {"sum_axis0", "float32", "512x512", "simd-forced", "numpy 2.1.0"}) {
            assertThat(UntrustedText.markdown(name)).isEqualTo(name);
            assertThat(UntrustedText.csv(name)).isEqualTo(name);
            assertThat(UntrustedText.terminal(name)).isEqualTo(name);
        }
    }

    @Test
    void aNameInAWindowIsOneLineOfReadableLengthWithoutControls() {
        assertThat(UntrustedText.shown("sum\n\u001b[31mred\u202e")).isEqualTo("sum [31mred");
        assertThat(UntrustedText.shown("x".repeat(300)))
                .hasSize(UntrustedText.MAX_SHOWN_CHARS + 1)
                .endsWith("…");
        assertThat(UntrustedText.shown("Docker · raptors auto")).isEqualTo("Docker · raptors auto");
    }

    @Test
    void csvCellsCannotBeFormulasButNumbersStayNumbers() {
        assertThat(UntrustedText.csv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(UntrustedText.csv("+cmd")).isEqualTo("'+cmd");
        assertThat(UntrustedText.csv("-2+3")).isEqualTo("'-2+3");
        assertThat(UntrustedText.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(UntrustedText.csv("-1.5")).isEqualTo("-1.5");
        assertThat(UntrustedText.csv("-2.5E-4")).isEqualTo("-2.5E-4");
    }

    @Test
    void terminalTextLosesEscapeSequencesAndBidiOverrides() {
        assertThat(UntrustedText.terminal("op\u001b]0;pwned\u0007\u001b[2J")).isEqualTo("op]0;pwned[2J");
        assertThat(UntrustedText.terminal("a\u202eb\u009bc\u007f")).isEqualTo("abc");
        assertThat(UntrustedText.terminal("two\nlines")).isEqualTo("two lines");
    }

    @Test
    void longNamesAreCutWhereShownButKeptWholeInCsv() {
        String name = "n".repeat(1_000);
        assertThat(UntrustedText.markdown(name))
                .hasSize(UntrustedText.MAX_SHOWN_CHARS + 1)
                .endsWith("…");
        assertThat(UntrustedText.csv(name)).isEqualTo(name);
    }

    @Test
    void aLongMessageLineKeepsItsStartAndEnd() {
        String line = "f.json: " + "x".repeat(100_000) + " is not a shape";
        assertThat(UntrustedText.terminalLine(line))
                .hasSizeLessThanOrEqualTo(UntrustedText.MAX_LINE_CHARS - "error: ".length())
                .startsWith("f.json: xxx")
                .endsWith("xxx is not a shape")
                .contains(" … ");
    }

    @Test
    void theOutputWriterDropsControlsButKeepsLines() throws IOException {
        StringWriter target = new StringWriter();
        try (ControlFreeWriter writer = new ControlFreeWriter(target)) {
            writer.write("a\u001b[31mred\u001b[0m\n\tb\r\n");
        }
        assertThat(target).hasToString("a[31mred[0m\n\tb\r\n");
    }
}
