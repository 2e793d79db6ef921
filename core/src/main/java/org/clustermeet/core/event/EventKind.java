package org.clustermeet.core.event;

/** The kinds of event in cluster policy. */
public enum EventKind {
    /** A conference, such as the European Cluster Conference held every two years. */
    CONFERENCE("conference"),
    /** A meeting on one theme, such as DG GROW's meeting with Gold-Label cluster managers. */
    THEMATIC_MEETING("thematic meeting"),
    /** A summit, such as the Regional Economic and Diplomacy Summit. */
    SUMMIT("summit"),
    /** One-to-one meetings between participants. */
    MATCHMAKING("matchmaking"),
    /** An online seminar. */
    WEBINAR("webinar"),
    /** A meeting beside a larger event; it always names its parent event. */
    SIDE_EVENT("side event");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** {@return the kind in words, for reports} */
    public String label() {
        return label;
    }
}
