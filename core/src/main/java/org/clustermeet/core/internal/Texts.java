package org.clustermeet.core.internal;

import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.text.Echo;
import org.clustermeet.core.text.Unicode;

/**
 * Checks shared by the model's free-text fields (names, titles, descriptions), and the one rule
 * for choosing the language of the words the model renders ({@link #isPolish}).
 *
 * <p>Free text must be non-blank, at most {@value #MAX_LENGTH} characters, free of control
 * characters other than line breaks and tabs, so that reports and exports stay printable, and
 * well-formed ({@link Unicode}: no unpaired surrogate), so that every store can write it and read
 * it back.
 */
public final class Texts {

    /** Longest free text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

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
        Unicode.requireWellFormed(field, text);
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
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
                blank = false;
                continue;
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
        return Echo.cut(text) + (text.codePointCount(0, text.length()) > Echo.MAX_CODE_POINTS
                ? " (" + text.length() + " characters)" : "");
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
