package org.clustermeet.interop.programme;

import java.util.List;
import java.util.Objects;

/**
 * A schedule that cannot be imported, with every problem found, each at its JSON Pointer; nothing
 * was changed.
 */
public final class ProgrammeImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems; a list copy, so the exception stays serializable. */
    @SuppressWarnings("serial")
    private final List<ScheduleNote> problems;

    /**
     * Makes the exception.
     *
     * @param source   the file's name as the user gave it, not null
     * @param problems the problems, at least one
     */
    public ProgrammeImportException(String source, List<ScheduleNote> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<ScheduleNote> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused import names at least one problem");
        }
        return source + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + ", nothing imported; first: " + problems.get(0).describe();
    }

    /** {@return every problem, in the order of the file} */
    public List<ScheduleNote> problems() {
        return problems;
    }
}
