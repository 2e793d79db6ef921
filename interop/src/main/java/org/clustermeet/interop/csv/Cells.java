package org.clustermeet.interop.csv;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The cells of one record, parsed one by one; each failure becomes a problem naming line and column. */
final class Cells {

    private final CsvTable.Row row;
    private final List<CsvProblem> problems;
    private final int before;

    Cells(CsvTable.Row row, List<CsvProblem> problems) {
        this.row = row;
        this.problems = problems;
        this.before = problems.size();
        row.get(CsvTable.EXTRA).ifPresent(n -> problem(null, n + " more field(s) than the header has columns"));
    }

    long line() {
        return row.line();
    }

    Optional<String> get(String column) {
        return row.get(column);
    }

    <T> Optional<T> required(String column, Function<String, T> parse) {
        Optional<String> cell = row.get(column);
        if (cell.isEmpty()) {
            problem(column, "the cell is empty, and the column is required");
            return Optional.empty();
        }
        return parse(column, cell.get(), parse);
    }

    <T> Optional<T> optional(String column, Function<String, T> parse) {
        return row.get(column).flatMap(cell -> parse(column, cell, parse));
    }

    private <T> Optional<T> parse(String column, String cell, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(cell));
        } catch (DateTimeParseException e) {
            problem(column, "\"" + cell + "\" is not a date like 2019-12-04");
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
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
        throw new IllegalArgumentException("\"" + cell + "\" is not a whole number of at least 0");
    }
}
