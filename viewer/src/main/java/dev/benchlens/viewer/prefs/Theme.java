package dev.benchlens.viewer.prefs;

/** The explorer's two looks; the window wears one, and the charts are told which, to paint in its colours. */
public enum Theme {
    LIGHT(ViewerSettings.LIGHT),
    DARK(ViewerSettings.DARK);

    private final String setting;

    Theme(String setting) {
        this.setting = setting;
    }

    /** The word the settings file keeps. */
    public String setting() {
        return setting;
    }

    /** The look a settings word names; anything but {@code dark} is the light one. */
    public static Theme of(String setting) {
        return DARK.setting.equals(setting) ? DARK : LIGHT;
    }
}
