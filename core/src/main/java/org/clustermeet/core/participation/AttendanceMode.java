package org.clustermeet.core.participation;

/** How people take part in an event or session: in person, online, or either (hybrid). */
public enum AttendanceMode {
    /** At the venue. */
    IN_PERSON,
    /** Online, through a link. */
    ONLINE,
    /** At the venue or online. */
    HYBRID;

    /**
     * Tells whether something run in this mode can be attended in another.
     *
     * @param attends how a person attends: IN_PERSON or ONLINE
     * @return true when this mode offers it
     */
    public boolean offers(AttendanceMode attends) {
        return this == HYBRID || this == attends;
    }
}
