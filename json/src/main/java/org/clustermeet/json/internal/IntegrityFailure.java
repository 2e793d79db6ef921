package org.clustermeet.json.internal;

import java.util.List;
import java.util.Objects;

/**
 * Every integrity problem of a document at once, each with the JSON Pointer of its entity; turned
 * into a {@code RegistryJsonException} at the boundary.
 */
public final class IntegrityFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem and where it is.
     *
     * @param pointer the JSON Pointer of the entity at fault; empty when it cannot be placed
     * @param message what is wrong
     */
    public record Located(String pointer, String message) {

        /**
         * Validates the problem.
         *
         * @param pointer the JSON Pointer, not null
         * @param message what is wrong, not null
         */
        public Located {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }
    }

    @SuppressWarnings("serial")
    private final List<Located> problems;

    /**
     * Creates the failure.
     *
     * @param problems every problem, at least one
     */
    public IntegrityFailure(List<Located> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, each with the pointer of its entity} */
    public List<Located> problems() {
        return problems;
    }
}
