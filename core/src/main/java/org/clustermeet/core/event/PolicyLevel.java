package org.clustermeet.core.event;

/** The level of cluster policy a proposed topic addresses. */
public enum PolicyLevel {
    /** Regional policy. */
    REGIONAL,
    /** National policy. */
    NATIONAL,
    /** European Union policy. */
    EU
}
