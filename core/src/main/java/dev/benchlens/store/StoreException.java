package dev.benchlens.store;

/** A store that cannot be opened, read or written: one line saying which store and what went wrong. */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
