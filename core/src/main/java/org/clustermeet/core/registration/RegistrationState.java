package org.clustermeet.core.registration;

/** Where a registration stands. */
public enum RegistrationState {
    /** Holds a place at the event. */
    REGISTERED,
    /** Waits for a place; promoted in order of registration when one frees up. */
    WAITLISTED,
    /** Withdrawn; holds no place. */
    CANCELLED,
    /** Took part; holds its place. */
    ATTENDED;

    /** Tells whether a registration in this state holds one of the event's places. */
    public boolean holdsPlace() {
        return this == REGISTERED || this == ATTENDED;
    }
}
