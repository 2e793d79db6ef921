package org.clustermeet.json.internal;


/**
 * Thrown inside the codecs when a value is wrong; turned into a {@link RegistryJsonException} at
 * the boundary. Unchecked so that codec code stays readable.
 */
public final class JsonFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PointerPath pointer;

    public JsonFailure(PointerPath pointer, String message, Throwable cause) {
        super(message, cause);
        this.pointer = pointer;
    }

    public PointerPath pointer() {
        return pointer;
    }

}
