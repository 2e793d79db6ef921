package org.clustermeet.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * Shows a value inertly: every character that could act on a terminal or hide itself (control
 * characters, line and paragraph separators, bidirectional overrides and other invisible format
 * characters, unpaired surrogates) is written as its escape, <code>&#92;u001B</code> for ESC;
 * everything else, letters of every script included, is shown as it is. An escaped value fits on
 * one line, so a name cannot forge a row of a text report, move the cursor or retitle a terminal.
 *
 * <p>{@link #cut(CharSequence)} also bounds the length, for values echoed in error messages: no
 * input makes a message longer than the messages' own words plus {@value #MAX_CODE_POINTS}
 * characters per value.
 */
public final class Echo {

    /** Most code points of a value echoed in a message; longer values end with {@code ...}. */
    public static final int MAX_CODE_POINTS = 80;

    private Echo() {
    }

    /**
     * Escapes what a value should not do when printed.
     *
     * @param text the value, not null
     * @return the value with every active or invisible character escaped
     */
    public static String inert(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return escape(text, Integer.MAX_VALUE);
    }

    /**
     * Escapes a value and cuts it to {@value #MAX_CODE_POINTS} code points, for an error message.
     *
     * @param text the value, not null
     * @return the value escaped, its first code points followed by {@code ...} when it was longer
     */
    public static String cut(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return escape(text, MAX_CODE_POINTS);
    }

    /**
     * Tells whether a code point is escaped when shown.
     *
     * @param codePoint the code point (a lone surrogate included)
     * @return true for control, separator, format (bidi, zero-width) and surrogate code points
     */
    public static boolean isActive(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String escape(CharSequence text, int maxCodePoints) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 4 * MAX_CODE_POINTS) + 8);
        int shown = 0;
        int i = 0;
        while (i < text.length()) {
            if (shown == maxCodePoints) {
                return b.append("...").toString();
            }
            int cp = Character.codePointAt(text, i);
            if (isActive(cp)) {
                appendEscape(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            shown++;
        }
        return b.toString();
    }

    private static void appendEscape(StringBuilder b, int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            appendEscape(b, Character.highSurrogate(cp));
            appendEscape(b, Character.lowSurrogate(cp));
            return;
        }
        b.append("\\u");
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        b.append("0".repeat(4 - hex.length())).append(hex);
    }
}
