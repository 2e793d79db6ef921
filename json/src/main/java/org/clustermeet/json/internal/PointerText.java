package org.clustermeet.json.internal;

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

    /** Shortens text for a message so that errors never echo long input. */
    public static String abbreviate(String text) {
        StringBuilder b = new StringBuilder();
        int limit = 60;
        int i = 0;
        for (; i < text.length() && b.length() < limit; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i == text.length() ? b.toString() : b + "... (" + text.length() + " characters)";
    }
}
