package org.clustermeet.interop.csv;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.text.Echo;

/**
 * One thing wrong in a CSV file: where (the line, and the column by its header name where it is
 * about one cell) and what.
 *
 * @param line    the line number, from 1 (the header is line 1)
 * @param column  the column's header name, if the problem is about one cell
 * @param message what is wrong, not null
 */
public record CsvProblem(long line, Optional<String> column, String message) {

    /**
     * Validates the problem.
     *
     * @param line    the line number, from 1 (the header is line 1)
     * @param column  the column's header name, if the problem is about one cell
     * @param message what is wrong, not null
     * @throws NullPointerException if an argument is null
     */
    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@return "line 5, column country: ..." or "line 5: ..."}, inert ({@link Echo}): a column
     * name or a cell quoted in the message shows its control and invisible characters escaped
     */
    @Override
    public String toString() {
        return "line " + line + column.map(c -> ", column " + Echo.cut(c)).orElse("") + ": " + Echo.inert(message);
    }
}
