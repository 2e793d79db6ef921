package org.clustermeet.core.event;

import java.util.Locale;

import org.clustermeet.core.internal.Texts;

/** The kinds of event in cluster policy. */
public enum EventKind {
    /** A conference, such as the European Cluster Conference held every two years. */
    CONFERENCE("conference", "konferencja"),
    /** A meeting on one theme, such as DG GROW's meeting with Gold-Label cluster managers. */
    THEMATIC_MEETING("thematic meeting", "spotkanie tematyczne"),
    /** A summit, such as the Regional Economic and Diplomacy Summit. */
    SUMMIT("summit", "szczyt"),
    /** One-to-one meetings between participants. */
    MATCHMAKING("matchmaking", "spotkania kojarzące partnerów"),
    /** An online seminar. */
    WEBINAR("webinar", "seminarium internetowe"),
    /** A meeting beside a larger event; it always names its parent event. */
    SIDE_EVENT("side event", "wydarzenie towarzyszące");

    private final String label;
    private final String polish;

    EventKind(String label, String polish) {
        this.label = label;
        this.polish = polish;
    }

    /** {@return the kind in words, for reports} */
    public String label() {
        return label;
    }

    /**
     * Returns the kind in words in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the kind in words
     */
    public String label(Locale locale) {
        return Texts.isPolish(locale) ? polish : label;
    }
}
