package dev.benchlens.read.container;

/** Receives what a {@link ContainerWalker} finds, in the order it finds it. */
public interface WalkListener {

    /** A JSON file to parse. */
    void json(FoundFile file);

    /** Something could not be read; {@code message} is one line. */
    void problem(String location, String message);

    /** Something was skipped on purpose; not an error. */
    void note(String location, String message);

    /** {@code count} more files were discovered (in a folder listing or a zip). */
    void found(int count);

    /** One discovered file has been dealt with. */
    void done(String location);
}
