package org.clustermeet.core.registration;

/** The capacity in which a person attends an event. */
public enum EventRole {
    /** The manager of a cluster organisation. */
    CLUSTER_MANAGER("cluster manager"),
    /** A representative of a cluster association or alliance. */
    ASSOCIATION_REPRESENTATIVE("association representative"),
    /** A representative of a labelling body. */
    LABELLING_BODY_REPRESENTATIVE("labelling-body representative"),
    /** A speaker. */
    SPEAKER("speaker"),
    /** One of the organisers. */
    ORGANISER("organiser"),
    /** An observer. */
    OBSERVER("observer");

    private final String label;

    EventRole(String label) {
        this.label = label;
    }

    /** Returns the role in words, for messages and reports. */
    public String label() {
        return label;
    }
}
