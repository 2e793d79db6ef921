package org.clustermeet.core.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.PhoneNumber;

/**
 * A person: a cluster manager, an association representative, a speaker. Names are full Unicode
 * ("Krzysztof Krystowski", "Łukasz Śliwiński"). The e-mail address and phone number are personal
 * data, dropped by {@link #withoutPersonalData()} for anything published; whether the name itself
 * may be published is {@link #namePublication()}. A public document holds people whose name may
 * not be published as {@linkplain #anonymous anonymous} people: no name, an opaque id, their roles.
 * Immutable and thread-safe.
 *
 * @param id              the identifier, not null
 * @param givenName       the given name(s), not blank; empty only for an anonymous person
 * @param familyName      the family name, not blank; empty for an anonymous person and for one
 *                        known by a single name (a mononym, or the handle a conference lists)
 * @param email           the e-mail address, if known; personal data; not null
 * @param phone           the phone number, if known; personal data; not null
 * @param roles           the positions held over time, not null
 * @param namePublication whether the name may be published, not null
 */
public record Person(PersonId id, Optional<String> givenName, Optional<String> familyName,
                     Optional<EmailAddress> email, Optional<PhoneNumber> phone, List<PersonRole> roles,
                     NamePublication namePublication) {

    /** What public output shows for a person whose name may not be published, before "from ORGANISATION". */
    public static final String A_PARTICIPANT = "a participant";

    /**
     * Validates the person.
     *
     * @param id              the identifier, not null
     * @param givenName       the given name(s), not blank; empty only for an anonymous person
     * @param familyName      the family name, not blank; empty for an anonymous person and for one
 *                        known by a single name (a mononym, or the handle a conference lists)
     * @param email           the e-mail address, if known; personal data; not null
     * @param phone           the phone number, if known; personal data; not null
     * @param roles           the positions held over time, not null
     * @param namePublication whether the name may be published, not null
     * @throws NullPointerException     if an argument or role is null
     * @throws IllegalArgumentException if a name is blank, or a family name is given without a given name
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        // the field's name for a message is built only when the text fails: people are read by the thousand
        if (givenName.isPresent() && !Texts.isFreeText(givenName.get())) {
            Texts.requireText("givenName of person " + id, givenName.get());
        }
        if (familyName.isPresent() && !Texts.isFreeText(familyName.get())) {
            Texts.requireText("familyName of person " + id, familyName.get());
        }
        if (familyName.isPresent() && givenName.isEmpty()) {
            throw new IllegalArgumentException("person " + id + " has a familyName without a givenName (a person "
                    + "known by one name has it as givenName)");
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(namePublication, "namePublication");
    }

    /**
     * Returns a named person whose consent to publish the name was not asked.
     *
     * @param id         the identifier, not null
     * @param givenName  the given name(s), not blank
     * @param familyName the family name, not blank
     * @param email      the e-mail address, if known; not null
     * @param phone      the phone number, if known; not null
     * @param roles      the positions held over time, not null
     */
    public Person(PersonId id, String givenName, String familyName, Optional<EmailAddress> email,
                  Optional<PhoneNumber> phone, List<PersonRole> roles) {
        this(id, Optional.of(Objects.requireNonNull(givenName, "givenName")),
                Optional.of(Objects.requireNonNull(familyName, "familyName")), email, phone, roles,
                NamePublication.NOT_ASKED);
    }

    /**
     * Returns a person with a name and no contact details or roles.
     *
     * @param id         the identifier, not null
     * @param givenName  the given name(s), not blank
     * @param familyName the family name, not blank
     * @return the person
     */
    public static Person of(PersonId id, String givenName, String familyName) {
        return new Person(id, givenName, familyName, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * Returns an anonymous person: no name and no contact details, only roles (as public documents
     * hold people whose name may not be published).
     *
     * @param id    an identifier that does not reveal the person, not null
     * @param roles the positions held over time, not null
     * @return the person
     */
    public static Person anonymous(PersonId id, List<PersonRole> roles) {
        return new Person(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), roles,
                NamePublication.NOT_ASKED);
    }

    /**
     * Returns what is left of the person after their personal data is erased: the id and the
     * positions held (organisation, period, whether declared), with no name, no contact details
     * and no title in words, since a title such as "President" can tell who held it. Registrations
     * keep naming the id, so an event's figures do not change.
     *
     * @return the erased person; erasing again gives an equal person
     */
    public Person erased() {
        List<PersonRole> kept = roles.stream().map(PersonRole::erased).toList();
        return new Person(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), kept,
                NamePublication.NOT_ASKED);
    }

    /** {@return whether {@link #erased()} would change nothing: no name, contact details or role titles are held} */
    public boolean isErased() {
        return equals(erased());
    }

    /** {@return whether the person has no recorded name} */
    public boolean isAnonymous() {
        return givenName.isEmpty();
    }

    /**
     * {@return the given and family names separated by a space (the one name of a person known by one),
     * or "a participant" for an anonymous person}
     */
    public String fullName() {
        return givenName.isEmpty() ? A_PARTICIPANT : givenName.get() + familyName.map(f -> " " + f).orElse("");
    }

    /**
     * Tells whether the name may appear in public output: the person said yes to publishing it, and
     * it is known. This is the one place for the rule; every public output (the public document,
     * reports, calendars, pages) asks it.
     *
     * @return true when the name may be published
     */
    public boolean mayPublishName() {
        return namePublication.allowsPublication() && !isAnonymous();
    }

    /** {@return the name as public output shows it without an organisation: the full name when it {@linkplain #mayPublishName() may be published}, else "a participant"} */
    public String publicName() {
        return mayPublishName() ? fullName() : A_PARTICIPANT;
    }

    /**
     * Returns the name as public output shows it: the full name when it {@linkplain
     * #mayPublishName() may be published}, else "a participant from ORGANISATION".
     *
     * @param organisationName the name of the organisation the person represents, not null
     * @return the name to publish
     */
    public String publicName(String organisationName) {
        Objects.requireNonNull(organisationName, "organisationName");
        return mayPublishName() ? fullName() : A_PARTICIPANT + " from " + organisationName;
    }

    /**
     * Returns a copy with another answer on publishing the name.
     *
     * @param publication the answer, not null
     * @return the changed copy, or {@code this} if unchanged
     */
    public Person withNamePublication(NamePublication publication) {
        return publication == namePublication ? this
                : new Person(id, givenName, familyName, email, phone, roles, Objects.requireNonNull(publication,
                "publication"));
    }

    /**
     * Returns the roles held on a day.
     *
     * @param day the day, not null
     * @return the roles whose period contains the day, in the order recorded
     */
    public List<PersonRole> rolesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return roles.stream().filter(r -> r.isHeldOn(day)).toList();
    }

    /**
     * Tells whether the person holds any role in an organisation on a day.
     *
     * @param organisation the organisation, not null
     * @param day          the day, not null
     * @return true when a role there is held on that day
     */
    public boolean worksForOn(OrganisationId organisation, LocalDate day) {
        Objects.requireNonNull(organisation, "organisation");
        return rolesOn(day).stream().anyMatch(r -> r.organisation().equals(organisation));
    }

    /**
     * Returns a copy with one more role.
     *
     * @param role the role, not null
     * @return the changed copy
     */
    public Person withRole(PersonRole role) {
        List<PersonRole> copy = new ArrayList<>(roles);
        copy.add(Objects.requireNonNull(role, "role"));
        return new Person(id, givenName, familyName, email, phone, copy, namePublication);
    }

    /**
     * Returns a copy with an e-mail address.
     *
     * @param email the address, not null
     * @return the changed copy
     */
    public Person withEmail(EmailAddress email) {
        return new Person(id, givenName, familyName, Optional.of(Objects.requireNonNull(email, "email")),
                phone, roles, namePublication);
    }

    /**
     * Returns a copy with a phone number.
     *
     * @param phone the number, not null
     * @return the changed copy
     */
    public Person withPhone(PhoneNumber phone) {
        return new Person(id, givenName, familyName, email, Optional.of(Objects.requireNonNull(phone, "phone")),
                roles, namePublication);
    }

    /**
     * Returns a copy fit for publication: names and roles only, no e-mail address or phone number.
     *
     * @return the copy, or {@code this} if it holds no personal contact data
     */
    public Person withoutPersonalData() {
        return email.isEmpty() && phone.isEmpty() ? this
                : new Person(id, givenName, familyName, Optional.empty(), Optional.empty(), roles, namePublication);
    }
}
