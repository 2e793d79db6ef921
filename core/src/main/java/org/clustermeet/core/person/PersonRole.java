package org.clustermeet.core.person;

import java.time.LocalDate;
import java.util.Objects;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.internal.Texts;

/**
 * A position a person holds in an organisation for a period, such as "President" of ZP Klastry
 * Polskie. A person may hold several at once. Immutable and thread-safe.
 *
 * @param organisation the organisation, not null
 * @param title        the position, not blank
 * @param period       when it was held, not null
 */
public record PersonRole(OrganisationId organisation, String title, DateRange period) {

    /**
     * Validates the role.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param period       when it was held, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank
     */
    public PersonRole {
        Objects.requireNonNull(organisation, "organisation");
        Texts.requireText("role title", title);
        Objects.requireNonNull(period, "period");
    }

    /**
     * Returns an open-ended role.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param from         the first day, not null
     * @return the role
     */
    public static PersonRole of(OrganisationId organisation, String title, LocalDate from) {
        return new PersonRole(organisation, title, DateRange.of(from));
    }

    /**
     * Tells whether the role is held on a day.
     *
     * @param day the day, not null
     * @return true when the period contains the day
     */
    public boolean isHeldOn(LocalDate day) {
        return period.contains(day);
    }
}
