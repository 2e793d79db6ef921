package org.clustermeet.core.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.internal.Texts;

/**
 * A person: a cluster manager, an association representative, a speaker. Names are full Unicode
 * ("Krzysztof Krystowski", "Łukasz Śliwiński"). The e-mail address and phone number are personal
 * data, dropped by {@link #withoutPersonalData()} for anything published. Immutable and
 * thread-safe.
 *
 * @param id         the identifier, not null
 * @param givenName  the given name(s), not blank
 * @param familyName the family name, not blank
 * @param email      the e-mail address, if known; personal data; not null
 * @param phone      the phone number, if known; personal data; not null
 * @param roles      the positions held over time, not null
 */
public record Person(PersonId id, String givenName, String familyName, Optional<EmailAddress> email,
                     Optional<PhoneNumber> phone, List<PersonRole> roles) {

    /**
     * Validates the person.
     *
     * @throws NullPointerException     if an argument or role is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Texts.requireText("givenName of person " + id, givenName);
        Texts.requireText("familyName of person " + id, familyName);
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
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

    /** Returns the given and family names separated by a space. */
    public String fullName() {
        return givenName + " " + familyName;
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
        return new Person(id, givenName, familyName, email, phone, copy);
    }

    /**
     * Returns a copy with an e-mail address.
     *
     * @param email the address, not null
     * @return the changed copy
     */
    public Person withEmail(EmailAddress email) {
        return new Person(id, givenName, familyName, Optional.of(Objects.requireNonNull(email, "email")),
                phone, roles);
    }

    /**
     * Returns a copy with a phone number.
     *
     * @param phone the number, not null
     * @return the changed copy
     */
    public Person withPhone(PhoneNumber phone) {
        return new Person(id, givenName, familyName, email, Optional.of(Objects.requireNonNull(phone, "phone")),
                roles);
    }

    /**
     * Returns a copy fit for publication: names and roles only, no e-mail address or phone number.
     *
     * @return the copy, or {@code this} if it holds no personal contact data
     */
    public Person withoutPersonalData() {
        return email.isEmpty() && phone.isEmpty() ? this
                : new Person(id, givenName, familyName, Optional.empty(), Optional.empty(), roles);
    }
}
