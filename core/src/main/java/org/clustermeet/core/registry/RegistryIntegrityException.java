package org.clustermeet.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a registry would break referential integrity or a domain rule: a dangling
 * reference, a duplicate id, a removal of something still referenced, an event over capacity.
 * It carries every problem found, not just the first.
 */
public final class RegistryIntegrityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private static final int LISTED = 10;

    /** The problems; a list copy, so the exception stays serializable in practice. */
    @SuppressWarnings("serial")
    private final List<IntegrityProblem> problems;

    /**
     * Creates the exception.
     *
     * @param context  what was being done, for example "cannot build registry"; not null
     * @param problems every problem found, at least one; not null
     */
    public RegistryIntegrityException(String context, List<IntegrityProblem> problems) {
        super(message(context, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String context, List<IntegrityProblem> problems) {
        Objects.requireNonNull(context, "context");
        String listed = problems.stream().limit(LISTED).map(IntegrityProblem::toString).collect(Collectors.joining("; "));
        String more = problems.size() > LISTED ? "; and " + (problems.size() - LISTED) + " more" : "";
        return context + ": " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + listed + more;
    }

    /** {@return every problem found} */
    public List<IntegrityProblem> problems() {
        return problems;
    }
}
