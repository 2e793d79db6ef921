package org.clustermeet.store;

import java.util.OptionalLong;

/**
 * A store could not do what was asked: the database cannot be reached or was lost during a
 * change, it holds no store or one written by a newer version, or a stored row cannot be read.
 * The message says what and where (the database, the journal's sequence number). When this is
 * thrown by a change, the change is not visible afterwards: its transaction was rolled back or
 * never committed.
 */
public final class RegistryStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The journal sequence number the problem is about, or -1. */
    private final long sequence;

    /**
     * Creates an exception.
     *
     * @param message what went wrong and where, not null
     * @param cause   the underlying failure, or null
     */
    public RegistryStoreException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    /**
     * Creates an exception about one journal row.
     *
     * @param message  what went wrong and where, not null
     * @param sequence the journal row's sequence number, at least 0
     * @param cause    the underlying failure, or null
     */
    public RegistryStoreException(String message, long sequence, Throwable cause) {
        super(message, cause);
        this.sequence = sequence;
    }

    /** {@return the sequence number of the journal row the problem is about, if it is about one} */
    public OptionalLong sequence() {
        return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }
}
