package org.clustermeet.json;

/**
 * A JSON Pointer built lazily: reading keeps a chain of parents and names, and the pointer text
 * (RFC 6901) is made only when an error needs it, so that reading valid input does not build
 * a string for every value.
 */
final class Ptr {

    /** The whole document. */
    static final Ptr ROOT = new Ptr(null, null, -1, "");

    private final Ptr parent;
    private final String name;
    private final int index;
    private String text;

    private Ptr(Ptr parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /** Returns a pointer given as text, for example one taken from a parser. */
    static Ptr of(String text) {
        return text.isEmpty() ? ROOT : new Ptr(null, null, -1, text);
    }

    /** Returns the pointer of a property of the object here. */
    Ptr child(String property) {
        return new Ptr(this, property, -1, null);
    }

    /** Returns the pointer of an element of the array here. */
    Ptr child(int element) {
        return new Ptr(this, null, element, null);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = name != null ? Pointers.child(parent.toString(), name) : Pointers.child(parent.toString(), index);
            text = t;
        }
        return t;
    }
}
