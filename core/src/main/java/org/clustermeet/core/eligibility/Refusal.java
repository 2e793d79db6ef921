package org.clustermeet.core.eligibility;

import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an applicant was refused, as data: a reason and its arguments, in the order each reason
 * documents. Eligibility rules give the first group of reasons; the registration workflow adds its
 * own (the event's status, the registration window, a second registration, a person representing
 * an organisation they hold no role at, or no role of a kind the event admits). {@link #describe()} renders it in English; the rendering
 * lives in one place so that other languages can follow.
 *
 * @param reason    what failed, not null
 * @param arguments the facts that explain it (names, days, levels, kinds), as many as the reason
 *                  takes; not null
 */
public record Refusal(Reason reason, List<Object> arguments) {

    /** The reasons a rule refuses, each with the arguments it carries. */
    public enum Reason {
        /** Arguments: organisation name, minimum {@code LabelLevel}, day, level of the label, its last valid day. */
        LABEL_EXPIRED(5),
        /** Arguments: organisation name, minimum {@code LabelLevel}, day, level of the label, its first valid day. */
        LABEL_NOT_YET_VALID(5),
        /**
         * Arguments: organisation name, minimum {@code LabelLevel}, day, level of the label in force
         * (its latest assessment), its assessment day.
         */
        LABEL_BELOW_MINIMUM(5),
        /** Arguments: organisation name, minimum {@code LabelLevel}, day, the organisation's {@code OrganisationKind}. */
        NOT_A_LABEL_HOLDER(4),
        /** Arguments: organisation name, minimum {@code LabelLevel}, day. */
        NO_LABEL_ON_RECORD(3),
        /** Arguments: organisation name, its {@code OrganisationKind}, the accepted kinds (a set). */
        WRONG_KIND(3),
        /** Arguments: organisation name, the group's name, day. */
        NOT_A_MEMBER(3),
        /** Arguments: person's name, the {@code EventRole} asked for, the accepted roles (a set). */
        WRONG_ROLE(3),
        /** Arguments: organisation name, person's name, the excluding rule in words. */
        EXCLUDED(3),
        /** Arguments: organisation name, person's name, the custom rule in words. */
        CUSTOM_RULE_FAILED(3),
        /** Arguments: event id, event title. */
        EVENT_CANCELLED(2),
        /** Arguments: event id, event title. */
        EVENT_HELD(2),
        /** Arguments: event id, when registration opens ({@code Instant}), when the request arrived. */
        REGISTRATION_NOT_YET_OPEN(3),
        /** Arguments: event id, when registration closed ({@code Instant}), when the request arrived. */
        REGISTRATION_CLOSED(3),
        /** Arguments: person's name, event id, the existing registration's id, its {@code RegistrationState}. */
        ALREADY_REGISTERED(4),
        /** Arguments: person's name, organisation name, day (the event's first day). */
        NO_ROLE_AT_ORGANISATION(3),
        /**
         * Arguments: person's name, organisation name, the kinds of the roles held there (a set of
         * {@code RoleKind}), the kinds the event admits (a set), the {@code EventRole} asked for.
         */
        ROLE_KIND_NOT_ADMITTED(5),
        /**
         * Arguments: person's name, organisation name, the titles of the roles held there whose kind
         * is not stated (a list of texts), the kinds the event admits (a set of {@code RoleKind}), the
         * {@code EventRole} asked for.
         */
        ROLE_KIND_NOT_STATED(5),
        /** Arguments: event id, how the person asked to attend, how the event is delivered (both {@code AttendanceMode}). */
        ATTENDANCE_MODE_NOT_OFFERED(3);

        private final int arity;

        Reason(int arity) {
            this.arity = arity;
        }

        /** {@return how many arguments a refusal for this reason carries} */
        public int arity() {
            return arity;
        }
    }

    /**
     * Validates the refusal.
     *
     * @param reason    what failed, not null
     * @param arguments the facts that explain it (names, days, levels, kinds), as many as the reason
     *     takes; not null
     * @throws NullPointerException     if the reason, the list or an argument is null
     * @throws IllegalArgumentException if the number of arguments does not match the reason
     */
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        if (arguments.size() != reason.arity()) {
            throw new IllegalArgumentException("refusal " + reason + " takes " + reason.arity() + " arguments, not "
                    + arguments.size());
        }
    }

    /**
     * Returns a refusal.
     *
     * @param reason    what failed, not null
     * @param arguments the facts that explain it, as the reason documents
     * @return the refusal
     */
    public static Refusal of(Reason reason, Object... arguments) {
        return new Refusal(reason, List.of(arguments));
    }

    /** {@return the refusal as an English sentence} */
    public String describe() {
        return RefusalText.english(this);
    }

    /**
     * Returns the refusal as a sentence in a language: Polish for {@code pl}, else English.
     * Organisation names and event titles are shown in that language where the data has them.
     *
     * @param locale the language, not null
     * @return the sentence
     */
    public String describe(Locale locale) {
        return RefusalText.render(this, Objects.requireNonNull(locale, "locale"));
    }
}
