package org.clustermeet.json.internal;

import org.clustermeet.core.text.Echo;

/** JSON Pointer (RFC 6901) building. */
public final class PointerText {

    private PointerText() {
    }

    /** {@return the pointer of a property of the object at {@code parent}} */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@return the pointer of an element of the array at {@code parent}} */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** Shortens text for a message so that errors never echo long input, escaping what could act on a terminal. */
    public static String abbreviate(String text) {
        String cut = Echo.cut(text);
        return cut.endsWith("...") && text.codePointCount(0, text.length()) > Echo.MAX_CODE_POINTS
                ? cut + " (" + text.length() + " characters)" : cut;
    }
}
