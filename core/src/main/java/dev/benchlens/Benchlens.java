package dev.benchlens;

/** Facts about Benchlens itself that the command line and the explorer both show. */
public final class Benchlens {

    /** The version, as {@code --version} and the explorer's About say it. */
    public static final String VERSION = "0.1.0";

    private Benchlens() {}
}
