package org.clustermeet.interop.csv;

import java.util.List;

import org.clustermeet.core.text.Echo;

/**
 * A CSV file was not imported: every problem found, each with its line and column (up to
 * {@link CsvTable#MAX_PROBLEMS}). Nothing was imported.
 */
public final class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Every problem, in the order of the file. */
    @SuppressWarnings("serial")
    private final List<CsvProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source   the file or stream, for the message; not null
     * @param problems what is wrong, at least one
     */
    public CsvImportException(String source, List<CsvProblem> problems) {
        super(Echo.inert(source) + ": " + (problems.size() == 1 ? "" : problems.size() + " problems, nothing imported; first: ")
                + problems.get(0) + (problems.size() == 1 ? " (nothing imported)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, in the order of the file} */
    public List<CsvProblem> problems() {
        return problems;
    }
}
