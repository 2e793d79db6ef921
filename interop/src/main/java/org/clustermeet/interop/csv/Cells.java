package org.clustermeet.interop.csv;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.clustermeet.core.text.Echo;

/** The cells of one record, parsed one by one; each failure becomes a problem naming line and column. */
final class Cells {

    private final CsvTable.Row row;
    private final List<CsvProblem> problems;
    private final int before;

    Cells(CsvTable.Row row, List<CsvProblem> problems) {
        this.row = row;
        this.problems = problems;
        this.before = problems.size();
        if (row.extra() > 0) {
            problem(null, row.extra() + " more field(s) than the header has columns");
        }
    }

    long line() {
        return row.line();
    }

    /** Whether a cell is filled. */
    boolean has(CsvTable.Column column) {
        return row.cells()[column.index()] != null;
    }

    /** A filled cell's text; only after {@link #has} said it is filled. */
    String cell(CsvTable.Column column) {
        return row.cells()[column.index()];
    }

    <T> Optional<T> required(CsvTable.Column column, Function<String, T> parse) {
        String cell = row.cells()[column.index()];
        if (cell == null) {
            problem(column.name(), "the cell is empty, and the column is required");
            return Optional.empty();
        }
        return parse(column, cell, parse);
    }

    <T> Optional<T> optional(CsvTable.Column column, Function<String, T> parse) {
        String cell = row.cells()[column.index()];
        return cell == null ? Optional.empty() : parse(column, cell, parse);
    }

    private <T> Optional<T> parse(CsvTable.Column column, String cell, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(cell));
        } catch (DateTimeParseException e) {
            problem(column.name(), "\"" + Echo.cut(cell) + "\" is not a date like 2019-12-04");
        } catch (IllegalArgumentException e) {
            problem(column.name(), e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether no problem was found in this record. */
    boolean clean() {
        return problems.size() == before;
    }

    void problem(String column, String message) {
        problems.add(new CsvProblem(row.line(), Optional.ofNullable(column), message));
    }

    /** A count: a whole number, at least 0. */
    static int count(String cell) {
        try {
            int n = Integer.parseInt(cell);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("\"" + Echo.cut(cell) + "\" is not a whole number of at least 0");
    }
}
