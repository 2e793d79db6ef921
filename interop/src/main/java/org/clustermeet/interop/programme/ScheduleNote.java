package org.clustermeet.interop.programme;

import java.util.Objects;

import org.clustermeet.core.text.Echo;

/**
 * Something said about one place in a schedule file: a deviation read past (a warning), or what
 * could not be read (a problem). Immutable.
 *
 * @param pointer the JSON Pointer of the place ("" for the whole file), not null
 * @param message what is wrong there, one line, its echoed values inert; not blank
 */
public record ScheduleNote(String pointer, String message) {

    /**
     * Validates the note.
     *
     * @param pointer the JSON Pointer, not null
     * @param message the message, not blank
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the message is blank
     */
    public ScheduleNote {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a schedule note needs a message (at " + pointer + ")");
        }
    }

    /** {@return "POINTER: MESSAGE", each step of the pointer shown inert and cut, as any echoed value} */
    public String describe() {
        if (pointer.isEmpty()) {
            return "(the file): " + message;
        }
        StringBuilder shown = new StringBuilder();
        for (String step : pointer.substring(1).split("/", -1)) {
            shown.append('/').append(Echo.cut(step));
        }
        return shown + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
