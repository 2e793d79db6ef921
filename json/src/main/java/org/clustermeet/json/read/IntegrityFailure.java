package org.clustermeet.json.read;

import java.util.List;

import org.clustermeet.json.RegistryJsonException;

/** Every integrity problem of a document at once, each with the JSON Pointer of its entity. */
public final class IntegrityFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final List<RegistryJsonException.Problem> problems;

    IntegrityFailure(List<RegistryJsonException.Problem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, each with the pointer of its entity} */
    public List<RegistryJsonException.Problem> problems() {
        return problems;
    }
}
