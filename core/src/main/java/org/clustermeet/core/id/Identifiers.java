package org.clustermeet.core.id;

import java.util.Objects;

import org.clustermeet.core.text.Echo;

/** Shared syntax check for every typed identifier of this package. */
final class Identifiers {

    /** Longest identifier accepted, in characters. */
    static final int MAX_LENGTH = 128;

    /** The allowed characters, by code: ASCII letters, digits and {@code . _ : -}. */
    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < ALLOWED.length; c++) {
            ALLOWED[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
        }
    }

    private Identifiers() {
    }

    /**
     * Checks the identifier syntax: non-blank, at most {@value #MAX_LENGTH} characters, ASCII
     * letters, digits and {@code . _ : -} only.
     *
     * @param kind  the identifier kind, for the message
     * @param value the candidate value
     * @return the value
     */
    static String check(String kind, String value) {
        Objects.requireNonNull(value, kind);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + kind + ": must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid " + kind + " (at most " + MAX_LENGTH
                    + " characters): " + value.substring(0, 32) + "... (" + value.length() + " characters)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                throw new IllegalArgumentException("Invalid " + kind
                        + " (letters, digits and . _ : - only): \"" + Echo.cut(value) + "\" has '" + printable(c)
                        + "' at index " + i);
            }
        }
        return value;
    }

    private static String printable(char c) {
        return Character.isWhitespace(c) ? String.format("\\u%04X", (int) c) : Echo.inert(String.valueOf(c));
    }
}
