package dev.benchlens.viewer.background;

/** Work handed to a lane, which its owner can stop. */
@FunctionalInterface
public interface Task {

    /** Interrupts the work if it is running and skips it if it has not started; a result it still gives arrives. */
    void cancel();
}
