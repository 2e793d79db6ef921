package org.clustermeet.core.text;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Well-formed text: no unpaired surrogate (half of a character outside the Basic Multilingual
 * Plane, which no encoding can write and read back) and no NUL (which PostgreSQL refuses and C
 * programs read as the end). Every reader checks its input with {@link #firstFault(CharSequence)}
 * and names the place of the fault; the model refuses such text in every field.
 */
public final class Unicode {

    private Unicode() {
    }

    /**
     * Finds the first unpaired surrogate or NUL.
     *
     * @param text the text, not null
     * @return the index of the first fault, or empty for well-formed text
     */
    public static OptionalInt firstFault(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return OptionalInt.of(i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Describes the fault at an index found by {@link #firstFault}.
     *
     * @param text  the text, not null
     * @param index the index of the fault
     * @return for example <code>unpaired surrogate &#92;uD800</code> or
     *         <code>NUL character &#92;u0000</code>
     */
    public static String describeFault(CharSequence text, int index) {
        char c = text.charAt(index);
        return (c == 0 ? "NUL character " : "unpaired surrogate ") + Echo.inert(String.valueOf(c));
    }

    /**
     * Checks that a value is well-formed.
     *
     * @param field the field name for the message, not null
     * @param text  the text, not null
     * @return the text, unchanged
     * @throws IllegalArgumentException naming the field, the fault and its index
     */
    public static String requireWellFormed(String field, String text) {
        OptionalInt fault = firstFault(text);
        if (fault.isPresent()) {
            int at = fault.getAsInt();
            throw new IllegalArgumentException(field + " contains " + (text.charAt(at) == 0 ? "a " : "an ")
                    + describeFault(text, at) + " at index "
                    + fault.getAsInt() + ": \"" + Echo.cut(text) + "\"");
        }
        return text;
    }
}
