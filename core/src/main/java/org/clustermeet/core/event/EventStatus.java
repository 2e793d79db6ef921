package org.clustermeet.core.event;

/** Where an event stands. Registration is open only while it is planned or postponed. */
public enum EventStatus {
    /** Announced and still to come. */
    PLANNED,
    /** Took place. */
    HELD,
    /** Will not take place. */
    CANCELLED,
    /** Moved to a later, possibly unknown, date. */
    POSTPONED
}
