package org.clustermeet.json;

/**
 * What a written document contains. Reading accepts both.
 */
public enum Profile {
    /** Everything, personal data included: for saving and exchanging a registry between its keepers. */
    FULL,
    /**
     * Fit for publication: names, roles and organisations only, as
     * {@link org.clustermeet.core.publication.PublicView} makes them: no e-mail address or phone
     * number, no arrival time, waiting list or cancelled registration, and no name of a person who
     * did not say yes to its publication (an anonymous person with an opaque id instead).
     */
    PUBLIC
}
