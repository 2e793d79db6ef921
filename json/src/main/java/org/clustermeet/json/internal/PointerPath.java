package org.clustermeet.json.internal;

/**
 * A JSON Pointer built lazily: reading keeps a chain of parents and names, and the pointer text
 * (RFC 6901) is made only when an error needs it, so that reading valid input does not build
 * a string for every value.
 */
public final class PointerPath {

    /** The whole document. */
    public static final PointerPath ROOT = new PointerPath(null, null, -1, "");

    private final PointerPath parent;
    private final String name;
    private final int index;
    private String text;

    private PointerPath(PointerPath parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /** {@return a pointer given as text, for example one taken from a parser} */
    public static PointerPath of(String text) {
        return text.isEmpty() ? ROOT : new PointerPath(null, null, -1, text);
    }

    /** {@return the pointer of a property of the object here} */
    public PointerPath child(String property) {
        return new PointerPath(this, property, -1, null);
    }

    /** {@return the pointer of an element of the array here} */
    public PointerPath child(int element) {
        return new PointerPath(this, null, element, null);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = name != null ? PointerText.child(parent.toString(), name) : PointerText.child(parent.toString(), index);
            text = t;
        }
        return t;
    }
}
