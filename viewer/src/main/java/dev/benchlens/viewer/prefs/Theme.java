package dev.benchlens.viewer.prefs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The explorer's two looks; the window wears one, and the charts are told which, to paint in its colours. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String setting;

    Theme(String setting) {
        this.setting = setting;
    }

    /** The word the settings file keeps. */
    @JsonValue
    public String setting() {
        return setting;
    }

    /** The look a settings word names; anything but {@code dark} is the light one. */
    @JsonCreator
    public static Theme of(String setting) {
        return DARK.setting.equals(setting) ? DARK : LIGHT;
    }
}
