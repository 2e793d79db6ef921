package org.clustermeet.core.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * Checks shared by the model's free-text fields (names, titles, descriptions), and the one rule
 * for choosing the language of the words the model renders ({@link #isPolish}).
 *
 * <p>Free text must be non-blank, at most {@value #MAX_LENGTH} characters, and free of control
 * characters other than line breaks and tabs, so that reports and exports stay printable.
 */
public final class Texts {

    /** Longest free text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

    private static final int ECHO_LENGTH = 60;

    private Texts() {
    }

    /**
     * Checks a required free-text field.
     *
     * @param field the field name for messages, not null
     * @param text  the text, not null
     * @return the text, unchanged
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is blank, too long or has control characters
     */
    public static String requireText(String field, String text) {
        Objects.requireNonNull(text, field);
        if (isFreeText(text)) {
            return text;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is too long (at most " + MAX_LENGTH
                    + " characters): " + text.length() + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(field + " contains control character "
                        + String.format("U+%04X", (int) c) + " at index " + i + ": \"" + abbreviate(text) + "\"");
            }
        }
        throw new IllegalStateException("unreachable: " + field + " is valid free text");
    }

    /** Whether {@link #requireText} accepts a non-null text; the cheap check before any message is built. */
    public static boolean isFreeText(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return !blank;
    }

    /**
     * Shortens a rejected value for an error message, so that messages never echo long input.
     *
     * @param text the text, not null
     * @return the text, or its first characters followed by an ellipsis and its length
     */
    public static String abbreviate(String text) {
        if (text.length() <= ECHO_LENGTH) {
            return text;
        }
        return text.substring(0, ECHO_LENGTH) + "... (" + text.length() + " characters)";
    }

    /**
     * Tells whether words for a locale are Polish: its language is {@code pl}. Every other locale
     * gets English, the one rule for all texts the model renders.
     *
     * @param locale the locale, not null
     * @return true for Polish
     * @throws NullPointerException if {@code locale} is null
     */
    public static boolean isPolish(Locale locale) {
        return "pl".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}
