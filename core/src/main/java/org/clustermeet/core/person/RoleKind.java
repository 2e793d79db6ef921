package org.clustermeet.core.person;

/**
 * What kind of position a role is, beside its title in words, which may be in any language
 * ("Zastępczyni menedżera klastra" is a deputy manager): what lets a rule tell a cluster's manager
 * from a deputy, a board member or staff.
 */
public enum RoleKind {
    /** Runs the organisation day to day: a cluster manager, a managing director. */
    MANAGER,
    /** Stands in for the manager. */
    DEPUTY_MANAGER,
    /** Presides over the organisation or its board. */
    PRESIDENT,
    /** Sits on the board. */
    BOARD_MEMBER,
    /** Works for the organisation. */
    STAFF,
    /** Advises or works with the organisation as an expert. */
    EXPERT
}
