package dev.benchlens.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void linuxWithoutDisplaySaysSoInOneLine() {
        String why = Launcher.whyNoDisplay("Linux", Map.of(), null);
        assertThat(why).contains("no display").contains("xvfb-run").doesNotContain("\n");
    }

    @Test
    void anyDisplayOrADesktopSystemOrHeadlessMonocleIsEnough() {
        assertThat(Launcher.whyNoDisplay("Linux", Map.of("DISPLAY", ":0"), null))
                .isNull();
        assertThat(Launcher.whyNoDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null))
                .isNull();
        assertThat(Launcher.whyNoDisplay("Mac OS X", Map.of(), null)).isNull();
        assertThat(Launcher.whyNoDisplay("Windows 11", Map.of(), null)).isNull();
        assertThat(Launcher.whyNoDisplay("Linux", Map.of(), "Monocle")).isNull();
    }
}
