package org.clustermeet.core.registration;

/** Where a registration stands. */
public enum RegistrationState {
    /** Holds a place at the event. */
    REGISTERED,
    /** Waits for a place; promoted in order of registration when one frees up. */
    WAITLISTED,
    /** Withdrawn by the person; holds no place. */
    CANCELLED,
    /** Took part; holds its place. */
    ATTENDED,
    /**
     * Was waiting, but no longer met the event's rules when a place freed up (its organisation
     * lost its label, say); holds no place.
     */
    REFUSED,
    /** Closed because the organiser cancelled the event; holds no place. */
    CANCELLED_BY_ORGANISER;

    /** {@return whether a registration in this state holds one of the event's places} */
    public boolean holdsPlace() {
        return this == REGISTERED || this == ATTENDED;
    }

    /**
     * Tells whether a registration in this state still counts: it holds a place or waits for one.
     * A person has at most one active registration per event.
     *
     * @return true for REGISTERED, WAITLISTED and ATTENDED
     */
    public boolean isActive() {
        return this == REGISTERED || this == WAITLISTED || this == ATTENDED;
    }
}
