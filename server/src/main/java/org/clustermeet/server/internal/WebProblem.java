package org.clustermeet.server.internal;

import java.util.Optional;

/**
 * A request the server refuses, with the status to answer and what was wrong: shown as a page, or
 * in the API as {@code application/problem+json} naming the field at fault.
 */
public final class WebProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Optional<String> field;

    /**
     * @param status the HTTP status
     * @param detail what was wrong, safe to show (no secret, no echo of raw input)
     * @param field  the field at fault, as a JSON Pointer into the request body or a parameter's
     *               name, or null
     */
    public WebProblem(int status, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.field = Optional.ofNullable(field);
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return the field at fault, if one is} */
    public Optional<String> field() {
        return field;
    }

    /**
     * @param detail what was wrong
     * @param field  the field at fault
     * @return a 400 Bad Request
     */
    public static WebProblem badRequest(String detail, String field) {
        return new WebProblem(400, detail, field);
    }

    /**
     * @param detail what is missing
     * @return a 404 Not Found
     */
    public static WebProblem notFound(String detail) {
        return new WebProblem(404, detail, null);
    }
}
