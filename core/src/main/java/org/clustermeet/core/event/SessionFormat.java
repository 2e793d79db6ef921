package org.clustermeet.core.event;

import java.util.Locale;

import org.clustermeet.core.internal.Texts;

/** How a session is run. */
public enum SessionFormat {
    /** All participants together. */
    PLENARY("plenary", "sesja plenarna"),
    /** Small rotating tables on one theme each. */
    WORLD_CAFE("world café", "world café"),
    /** A panel discussion. */
    PANEL("panel", "panel dyskusyjny"),
    /** A working session. */
    WORKSHOP("workshop", "warsztaty"),
    /** Pre-arranged one-to-one meetings. */
    ONE_TO_ONE("one-to-one", "spotkania jeden na jeden");

    private final String label;
    private final String polish;

    SessionFormat(String label, String polish) {
        this.label = label;
        this.polish = polish;
    }

    /**
     * Returns the format in words in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the format in words
     */
    public String label(Locale locale) {
        return Texts.isPolish(locale) ? polish : label;
    }

    /** {@return the format in words, for reports} */
    public String label() {
        return label;
    }
}
