package org.clustermeet.json;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.clustermeet.json.internal.IntegrityFailure;
import org.clustermeet.json.internal.JsonFailure;

/**
 * The one exception that reading or writing a clustermeet JSON document throws: malformed or
 * truncated JSON, a value of the wrong type, a missing or unknown property, a broken domain rule,
 * a dangling reference, a document over a limit, or an I/O failure.
 *
 * <p>It carries a one-line message a person understands, the JSON Pointer of the offending value
 * ({@code /events/0/sessions/2/start}), its line and column where known, and the cause. When
 * several problems were found at once (dangling references), {@link #problems()} lists them all.
 * The message never echoes long input back. It is a {@link JsonProcessingException}, so it passes
 * unchanged through a Jackson {@code ObjectMapper} that uses {@link ClusterMeetModule}.
 */
public final class RegistryJsonException extends JsonProcessingException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem of a document.
     *
     * @param pointer the JSON Pointer of the offending value; empty for the whole document
     * @param message what is wrong, in one line
     */
    public record Problem(String pointer, String message) {

        /**
         * Validates the problem.
         *
         * @param pointer the JSON Pointer of the offending value; empty for the whole document
         * @param message what is wrong, in one line
         * @throws NullPointerException if an argument is null
         */
        public Problem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }

        /** {@return {@code pointer: message}, or the message alone for the whole document} */
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "" : pointer + ": ") + message;
        }
    }

    /** The problems; an immutable list. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;
    /** The line of the first problem, from 1, or -1. */
    private final int line;
    /** The column of the first problem, from 1, or -1. */
    private final int column;
    /** The size limit the document went over, or -1 when the problem is another. */
    private final long sizeLimit;

    /**
     * Creates the exception for one or more problems.
     *
     * @param problems the problems, at least one; the first is the headline
     * @param line     the line of the first problem, from 1, or -1 when unknown
     * @param column   the column of the first problem, from 1, or -1 when unknown
     * @param cause    the underlying exception, or null
     */
    RegistryJsonException(List<Problem> problems, int line, int column, Throwable cause) {
        this(problems, line, column, cause, -1);
    }

    private RegistryJsonException(List<Problem> problems, int line, int column, Throwable cause, long sizeLimit) {
        super(format(problems, line, column), null, cause);
        this.problems = List.copyOf(problems);
        this.line = line;
        this.column = column;
        this.sizeLimit = sizeLimit;
    }

    static RegistryJsonException of(String pointer, String message, Throwable cause) {
        return new RegistryJsonException(List.of(new Problem(pointer, message)), -1, -1, cause);
    }

    /** The exception for a document over the size limit; {@link #sizeLimitExceeded()} tells the limit. */
    static RegistryJsonException overSizeLimit(String message, long limit) {
        return new RegistryJsonException(List.of(new Problem("", message)), -1, -1, null, limit);
    }

    /**
     * Returns the size limit the document went over, when that is the problem, so that a program
     * can tell its user how to raise it in its own words (a command line's option, say).
     *
     * @return the limit in bytes (characters for text read from a {@code String} or {@code Reader}),
     *         or empty when the problem is another
     */
    public java.util.OptionalLong sizeLimitExceeded() {
        return sizeLimit < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(sizeLimit);
    }

    private static String format(List<Problem> problems, int line, int column) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        Problem first = problems.get(0);
        StringBuilder b = new StringBuilder(first.message());
        if (!first.pointer().isEmpty()) {
            b.append(" at ").append(first.pointer());
        }
        if (line > 0) {
            b.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        if (problems.size() > 1) {
            b.append("; and ").append(problems.size() - 1).append(problems.size() == 2 ? " more problem" : " more problems");
        }
        return b.toString();
    }

    /** {@return the JSON Pointer of the (first) offending value; empty for the whole document} */
    public String pointer() {
        return problems.get(0).pointer();
    }

    /** {@return the line of the (first) offending value, from 1, or -1 when unknown} */
    public int line() {
        return line;
    }

    /** {@return the column of the (first) offending value, from 1, or -1 when unknown} */
    public int column() {
        return column;
    }

    /** {@return every problem found, the headline first} */
    public List<Problem> problems() {
        return problems;
    }

    RegistryJsonException withLocation(int line, int column) {
        RegistryJsonException located = new RegistryJsonException(problems, line, column, getCause(), sizeLimit);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The exception for JSON the parser refused, with the parser's position and the pointer where it stopped. */
    static RegistryJsonException malformed(JsonProcessingException e) {
        String pointer = "";
        if (e instanceof JsonMappingException m) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                b.append('/').append(ref.getFieldName() != null
                        ? ref.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(ref.getIndex()));
            }
            pointer = b.toString();
        } else if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            pointer = p.getParsingContext().pathAsPointer().toString();
        }
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            original = "unexpected content after the end of the document";
        }
        String firstLine = original.lines().findFirst().orElse(original);
        if (firstLine.length() > 200) {
            firstLine = firstLine.substring(0, 200) + "...";
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        return new RegistryJsonException(List.of(new RegistryJsonException.Problem(pointer,
                "malformed JSON: " + firstLine)), line, column, e);
    }

    /** The exception for a failure at one place in a document. */
    static RegistryJsonException from(JsonFailure f) {
        return of(f.pointer().toString(), f.getMessage(), f.getCause());
    }

    /** The exception for every integrity problem of a document. */
    static RegistryJsonException from(IntegrityFailure f) {
        return new RegistryJsonException(f.problems().stream().map(p -> new Problem(p.pointer(), p.message())).toList(),
                -1, -1, null);
    }
}
