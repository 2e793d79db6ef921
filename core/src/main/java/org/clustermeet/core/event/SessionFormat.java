package org.clustermeet.core.event;

/** How a session is run. */
public enum SessionFormat {
    /** All participants together. */
    PLENARY("plenary"),
    /** Small rotating tables on one theme each. */
    WORLD_CAFE("world café"),
    /** A panel discussion. */
    PANEL("panel"),
    /** A working session. */
    WORKSHOP("workshop"),
    /** Pre-arranged one-to-one meetings. */
    ONE_TO_ONE("one-to-one");

    private final String label;

    SessionFormat(String label) {
        this.label = label;
    }

    /** Returns the format in words, for reports. */
    public String label() {
        return label;
    }
}
