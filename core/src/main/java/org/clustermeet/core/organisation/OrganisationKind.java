package org.clustermeet.core.organisation;

/** The kinds of organisation the registry knows, one per member of {@link Organisation}'s family. */
public enum OrganisationKind {
    /** The legal entity that manages a cluster; labels and cluster managers belong to it. */
    CLUSTER_ORGANISATION("cluster organisation"),
    /** A national body whose members are cluster organisations. */
    CLUSTER_ASSOCIATION("cluster association"),
    /** A European body whose members are national cluster associations. */
    ALLIANCE("alliance"),
    /** A public authority: DG GROW, a ministry. */
    PUBLIC_AUTHORITY("public authority"),
    /** A body that assesses or issues cluster quality labels: ESCA, EUCLES. */
    LABELLING_BODY("labelling body");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    /** Returns the kind in words, for messages and reports. */
    public String label() {
        return label;
    }

    /** Returns the kind in words after its indefinite article: "a cluster association", "an alliance". */
    public String withArticle() {
        return (this == ALLIANCE ? "an " : "a ") + label;
    }
}
