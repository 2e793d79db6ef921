package org.clustermeet.core.organisation;

import java.util.Locale;

import org.clustermeet.core.internal.Texts;

/** The kinds of organisation the registry knows, one per member of {@link Organisation}'s family. */
public enum OrganisationKind {
    /** The legal entity that manages a cluster; labels and cluster managers belong to it. */
    CLUSTER_ORGANISATION("cluster organisation", "organizacja klastrowa"),
    /** A national body whose members are cluster organisations. */
    CLUSTER_ASSOCIATION("cluster association", "stowarzyszenie klastrów"),
    /** A European body whose members are national cluster associations. */
    ALLIANCE("alliance", "sojusz"),
    /** A public authority: DG GROW, a ministry. */
    PUBLIC_AUTHORITY("public authority", "organ publiczny"),
    /** A body that assesses or issues cluster quality labels: ESCA, EUCLES. */
    LABELLING_BODY("labelling body", "jednostka certyfikująca"),
    /** Any other organisation whose people take part: a company, a university, a research centre. */
    OTHER("other organisation", "inna organizacja");

    private final String label;
    private final String polish;

    OrganisationKind(String label, String polish) {
        this.label = label;
        this.polish = polish;
    }

    /**
     * Returns the kind in words in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the kind in words
     */
    public String label(Locale locale) {
        return Texts.isPolish(locale) ? polish : label;
    }

    /** {@return the kind in words, for messages and reports} */
    public String label() {
        return label;
    }

    /** {@return the kind in words after its indefinite article: "a cluster association", "an alliance"} */
    public String withArticle() {
        return (this == ALLIANCE || this == OTHER ? "an " : "a ") + label;
    }
}
