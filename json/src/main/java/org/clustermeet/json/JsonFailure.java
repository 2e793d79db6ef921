package org.clustermeet.json;

/**
 * Thrown inside the codecs when a value is wrong; turned into a {@link RegistryJsonException} at
 * the boundary. Unchecked so that codec code stays readable.
 */
final class JsonFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Ptr pointer;

    JsonFailure(Ptr pointer, String message, Throwable cause) {
        super(message, cause);
        this.pointer = pointer;
    }

    Ptr pointer() {
        return pointer;
    }

    RegistryJsonException toException() {
        return RegistryJsonException.of(pointer.toString(), getMessage(), getCause());
    }
}
