package org.clustermeet.core.participation;

import java.util.Locale;

import org.clustermeet.core.internal.Texts;

/** The capacity in which a person attends an event. */
public enum EventRole {
    /** The manager of a cluster organisation. */
    CLUSTER_MANAGER("cluster manager", "menedżer klastra"),
    /** A representative of a cluster association or alliance. */
    ASSOCIATION_REPRESENTATIVE("association representative", "przedstawiciel stowarzyszenia"),
    /** A representative of a labelling body. */
    LABELLING_BODY_REPRESENTATIVE("labelling-body representative", "przedstawiciel jednostki certyfikującej"),
    /** A speaker. */
    SPEAKER("speaker", "prelegent"),
    /** One of the organisers. */
    ORGANISER("organiser", "organizator"),
    /** An observer. */
    OBSERVER("observer", "obserwator");

    private final String label;
    private final String polish;

    EventRole(String label, String polish) {
        this.label = label;
        this.polish = polish;
    }

    /**
     * Returns the role in words in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the role in words
     */
    public String label(Locale locale) {
        return Texts.isPolish(locale) ? polish : label;
    }

    /** {@return the role in words, for messages and reports} */
    public String label() {
        return label;
    }
}
