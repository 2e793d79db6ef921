package org.clustermeet.core.membership;

/** The standing of a member in an association or alliance. */
public enum MembershipRole {
    /** An ordinary member. */
    MEMBER,
    /** A member that founded the association or alliance. */
    FOUNDING_MEMBER,
    /** A member that sits on the board. */
    BOARD
}
