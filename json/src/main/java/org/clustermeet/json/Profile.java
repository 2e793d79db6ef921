package org.clustermeet.json;

/**
 * What a written document contains. Reading accepts both.
 */
public enum Profile {
    /** Everything, personal data included: for saving and exchanging a registry between its keepers. */
    FULL,
    /**
     * Fit for publication: no e-mail addresses and no phone numbers; names, roles and
     * organisations only.
     */
    PUBLIC
}
