package org.clustermeet.cli;

import java.util.List;

/** A failure the command line reports in words, with its exit code, and never with a stack trace. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for an invalid document or an unknown id. */
    static final int INVALID = 1;
    /** Exit code for an unreadable file or bad usage. */
    static final int USAGE = 2;

    private final int exitCode;
    @SuppressWarnings("serial")
    private final List<String> details;

    CliFailure(int exitCode, String message, List<String> details) {
        super(message);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    CliFailure(int exitCode, String message) {
        this(exitCode, message, List.of());
    }

    /**
     * Runs work whose IllegalArgumentException (an id with a wrong character, an unknown person)
     * means the input is invalid: exit code 1 with its message.
     */
    static <T> T invalidOnRefusal(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(INVALID, e.getMessage());
        }
    }

    int exitCode() {
        return exitCode;
    }

    List<String> details() {
        return details;
    }
}
