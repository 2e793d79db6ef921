package org.clustermeet.core.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.internal.Texts;

/**
 * A position a person holds in an organisation for a period, such as "President" of ZP Klastry
 * Polskie. A person may hold several at once. A role the person declared themselves, registering
 * through an open form, is marked as {@code declared}: nobody has checked it, and an organiser can
 * tell it from one they recorded. Beside the title in words, in any language, a role may say what
 * {@linkplain RoleKind kind} of position it is (manager, deputy manager, president...); roles
 * recorded before kinds were, or whose kind nobody stated, have none. Immutable and thread-safe.
 *
 * @param organisation the organisation, not null
 * @param title        the position, not blank
 * @param period       when it was held, not null
 * @param declared     true when the person declared it and no organiser has confirmed it
 * @param kind         what kind of position it is, if stated; not null
 */
public record PersonRole(OrganisationId organisation, String title, DateRange period, boolean declared,
                         Optional<RoleKind> kind) {

    /**
     * Validates the role.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param period       when it was held, not null
     * @param declared     true when the person declared it and no organiser has confirmed it
     * @param kind         what kind of position it is, if stated; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank
     */
    public PersonRole {
        Objects.requireNonNull(organisation, "organisation");
        Texts.requireText("role title", title);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns a role whose kind is not stated.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param period       when it was held, not null
     * @param declared     true when the person declared it and no organiser has confirmed it
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank
     */
    public PersonRole(OrganisationId organisation, String title, DateRange period, boolean declared) {
        this(organisation, title, period, declared, Optional.empty());
    }

    /**
     * Returns a role that an organiser recorded (or a source states), not one the person declared.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param period       when it was held, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank
     */
    public PersonRole(OrganisationId organisation, String title, DateRange period) {
        this(organisation, title, period, false, Optional.empty());
    }

    /**
     * Returns a copy that says what kind of position the role is.
     *
     * @param kind the kind, not null
     * @return the copy
     */
    public PersonRole withKind(RoleKind kind) {
        return new PersonRole(organisation, title, period, declared, Optional.of(Objects.requireNonNull(kind, "kind")));
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
     * Returns an open-ended role that the person declared themselves.
     *
     * @param organisation the organisation, not null
     * @param title        the position, not blank
     * @param from         the first day, not null
     * @return the role, marked as declared
     */
    public static PersonRole declared(OrganisationId organisation, String title, LocalDate from) {
        return new PersonRole(organisation, title, DateRange.of(from), true);
    }

    /** The title every role of a person whose personal data was erased has. */
    public static final String ERASED_TITLE = "(erased)";

    /**
     * {@return this role without its title in words ({@value #ERASED_TITLE}) or its kind, for a
     * person whose data was erased: a position such as president can tell who held it}
     */
    public PersonRole erased() {
        return title.equals(ERASED_TITLE) && kind.isEmpty() ? this
                : new PersonRole(organisation, ERASED_TITLE, period, declared, Optional.empty());
    }

    /** {@return this role as confirmed by an organiser: the same, no longer marked as declared} */
    public PersonRole confirmed() {
        return declared ? new PersonRole(organisation, title, period, false, kind) : this;
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
