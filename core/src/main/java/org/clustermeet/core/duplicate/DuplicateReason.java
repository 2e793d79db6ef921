package org.clustermeet.core.duplicate;

/** Why two people may be one, each with its weight in a pair's score. */
public enum DuplicateReason {
    /** The same e-mail address, letter case aside. */
    SAME_EMAIL(6, "same e-mail"),
    /** The same name once case, diacritics (Ł as L, ś as s, ...) and the order of given and family name are set aside. */
    SAME_NAME(4, "same name"),
    /** A role at the same organisation with the same title, at any time. */
    SAME_ORGANISATION_AND_ROLE(2, "same organisation and role"),
    /** Registrations for the same event. */
    SAME_EVENT(1, "registered for the same event");

    private final int tenths;
    private final String words;

    DuplicateReason(int tenths, String words) {
        this.tenths = tenths;
        this.words = words;
    }

    /** {@return what the reason adds to a pair's score} */
    public double weight() {
        return tenths / 10.0;
    }

    /** {@return the weight in tenths, which add up exactly} */
    int tenths() {
        return tenths;
    }

    /** {@return the reason in words, for listings} */
    public String words() {
        return words;
    }
}
