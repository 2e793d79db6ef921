package org.clustermeet.core.person;

/**
 * Whether a person's name may be published. Without a yes, public output shows "a participant
 * from ORGANISATION" with the role instead of the name.
 */
public enum NamePublication {
    /** The person agreed that their name is published. */
    YES,
    /** The person refused. */
    NO,
    /** Nobody asked yet; treated as a refusal. */
    NOT_ASKED;

    /** {@return whether the name may appear in public output} */
    public boolean allowsPublication() {
        return this == YES;
    }
}
