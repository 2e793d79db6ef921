package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;

/**
 * An organisation the registry knows: a closed family of cluster organisations, cluster
 * associations, alliances, public authorities, labelling bodies and other organisations (a
 * company, a university). Code that handles each kind differently does it through a
 * {@link Visitor}, so that a new kind fails to compile wherever it is not handled yet; a single {@code instanceof} test (is it a cluster organisation?) stays fine.
 *
 * <p>Every organisation has a {@link NameHistory} (organisations get renamed) and aliases
 * ("ZP Klastry Polskie" for the Polish Clusters Employers' Association). All members are
 * immutable, thread-safe records.
 */
public sealed interface Organisation
        permits ClusterOrganisation, ClusterAssociation, Alliance, PublicAuthority, LabellingBody, OtherOrganisation {

    /** {@return the organisation's identifier} */
    OrganisationId id();

    /** {@return the organisation's names over time} */
    NameHistory names();

    /** {@return other names the organisation is known by: acronyms, short and translated forms} */
    List<String> aliases();

    /** {@return the organisation's website, if known} */
    Optional<WebLink> website();

    /** {@return the kind of organisation} */
    OrganisationKind kind();

    /** {@return the country the organisation is based in; empty for a European body, or where not known} */
    Optional<CountryCode> homeCountry();

    /**
     * Handles each kind of organisation in its own method: an exhaustive switch over the sealed
     * family that Java 17 has no syntax for.
     *
     * @param <R> what the handling answers
     * @param <X> the exception a handler may throw ({@link RuntimeException} when none)
     */
    interface Visitor<R, X extends Exception> {
        /**
         * Handles a cluster organisation.
         *
         * @param o the organisation
         * @return the answer
         * @throws X when the handling fails
         */
        R clusterOrganisation(ClusterOrganisation o) throws X;

        /**
         * Handles a cluster association.
         *
         * @param o the association
         * @return the answer
         * @throws X when the handling fails
         */
        R clusterAssociation(ClusterAssociation o) throws X;

        /**
         * Handles an alliance.
         *
         * @param o the alliance
         * @return the answer
         * @throws X when the handling fails
         */
        R alliance(Alliance o) throws X;

        /**
         * Handles a public authority.
         *
         * @param o the authority
         * @return the answer
         * @throws X when the handling fails
         */
        R publicAuthority(PublicAuthority o) throws X;

        /**
         * Handles a labelling body.
         *
         * @param o the body
         * @return the answer
         * @throws X when the handling fails
         */
        R labellingBody(LabellingBody o) throws X;

        /**
         * Handles any other organisation.
         *
         * @param o the organisation
         * @return the answer
         * @throws X when the handling fails
         */
        R otherOrganisation(OtherOrganisation o) throws X;
    }

    /**
     * Hands this organisation to the visitor's method for its kind.
     *
     * @param visitor the visitor, not null
     * @param <R>     what the visitor answers
     * @param <X>     the exception it may throw
     * @return the visitor's answer
     * @throws X when the visitor's method throws it
     */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * Returns a copy with another name history.
     *
     * @param names the new history, not null
     * @return the changed copy, or {@code this} if the history is equal
     */
    Organisation withNames(NameHistory names);

    /**
     * Returns the name the organisation had on a day.
     *
     * @param day the day, not null
     * @return the name on that day, or empty before its name history begins (see
     *         {@link NameHistory#start()} for why)
     */
    default Optional<LocalizedText> nameOn(LocalDate day) {
        return names().nameOn(day);
    }

    /**
     * Returns the name to show for the organisation in a message or report about a day: its name
     * on that day, or its first known name when no name is known then.
     *
     * @param day the day, not null
     * @return the name to show
     */
    default LocalizedText displayNameOn(LocalDate day) {
        return names().nameOn(day).orElse(names().original());
    }

    /** {@return the latest name} */
    default LocalizedText name() {
        return names().current();
    }

    /**
     * Tells whether a text is one of the organisation's names (in any language and at any time)
     * or aliases, ignoring case.
     *
     * @param text the name to look for, not null
     * @return true when the organisation is known by that name
     */
    default boolean isKnownAs(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return names().all().stream().flatMap(n -> n.texts().values().stream())
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted))
                || aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
