package org.clustermeet.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.text.Unicode;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;

/**
 * What a person declares on the open registration form (or in the API's request), read and
 * checked field by field: every fault is reported at once, each naming its field, in the page's
 * language. The organisation is one of the registry's, by id, or "other" with its name.
 *
 * @param givenName    the given name(s)
 * @param familyName   the family name
 * @param email        the e-mail address
 * @param organisation the registry's organisation; empty for another one
 * @param otherName    the other organisation's name; empty when one of the registry's is chosen
 * @param otherCountry the other organisation's country, if given
 * @param title        the person's position at the organisation, in their words
 * @param kind         what kind of position it is (manager, deputy manager...), if they said
 * @param role         the event role they register in
 * @param attends      in person or online
 * @param publishName  whether they consent to their name being published
 */
public record SignUp(String givenName, String familyName, EmailAddress email, Optional<OrganisationId> organisation,
                     Optional<String> otherName, Optional<CountryCode> otherCountry, String title,
                     Optional<RoleKind> kind, EventRole role,
                     AttendanceMode attends, boolean publishName) {

    /** The value of the organisation field that means "an organisation not in the list". */
    public static final String OTHER = "other";

    /** The event roles a person may declare: speakers and organisers are named by the organisers. */
    public static final List<EventRole> ROLES = List.of(EventRole.CLUSTER_MANAGER,
            EventRole.ASSOCIATION_REPRESENTATIVE, EventRole.LABELLING_BODY_REPRESENTATIVE, EventRole.OBSERVER);

    /** The longest name, title or organisation name the form takes, in characters. */
    public static final int MAX_TEXT = 200;

    /**
     * A field the form refused, with the reason in the page's language.
     *
     * @param field   the field's name in the form and the API
     * @param message what is wrong, inert
     */
    public record Fault(String field, String message) {
    }

    /**
     * The form read: a declaration, or the faults that stopped it.
     *
     * @param signUp the declaration, when every field is right
     * @param faults what is wrong, field by field; empty when {@code signUp} is present
     */
    public record Reading(Optional<SignUp> signUp, List<Fault> faults) {
    }

    /**
     * Reads the fields. Texts are trimmed; the consent is given by any of {@code on},
     * {@code true} or {@code yes}.
     *
     * @param field    the value of a field by name, null when absent
     * @param t        the texts of the page, for the faults
     * @param delivery how the event takes place: an in-person event takes no online answers and
     *                 an online event no in-person ones
     * @return the declaration, or every fault
     */
    public static Reading read(Function<String, String> field, Texts t, AttendanceMode delivery) {
        List<Fault> faults = new ArrayList<>();
        String given = text(field, "givenName", t, faults, true);
        String family = text(field, "familyName", t, faults, true);
        EmailAddress email = null;
        String emailText = text(field, "email", t, faults, true);
        if (emailText != null) {
            try {
                email = EmailAddress.of(emailText);
            } catch (IllegalArgumentException e) {
                faults.add(new Fault("email", t.get("signup.fault.email", Echo.cut(emailText))));
            }
        }
        String chosen = text(field, "organisation", t, faults, true);
        Optional<OrganisationId> organisation = Optional.empty();
        Optional<String> otherName = Optional.empty();
        Optional<CountryCode> otherCountry = Optional.empty();
        if (OTHER.equals(chosen)) {
            otherName = Optional.ofNullable(text(field, "otherName", t, faults, true));
            String country = text(field, "otherCountry", t, faults, false);
            if (country != null) {
                try {
                    otherCountry = Optional.of(CountryCode.of(country.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    faults.add(new Fault("otherCountry", t.get("signup.fault.country", Echo.cut(country))));
                }
            }
        } else if (chosen != null) {
            try {
                organisation = Optional.of(OrganisationId.of(chosen));
            } catch (IllegalArgumentException e) {
                faults.add(new Fault("organisation", t.get("signup.fault.organisation", Echo.cut(chosen))));
            }
        }
        String title = text(field, "title", t, faults, true);
        Optional<RoleKind> kind = Optional.empty();
        String kindText = text(field, "kind", t, faults, false);
        if (kindText != null) {
            kind = Stream.of(RoleKind.values()).filter(k -> Views.spelling(k.name()).equals(kindText)).findFirst();
            if (kind.isEmpty()) {
                faults.add(new Fault("kind", t.get("signup.fault.kind", Echo.cut(kindText))));
            }
        }
        EventRole role = null;
        String roleText = text(field, "role", t, faults, true);
        if (roleText != null) {
            role = ROLES.stream().filter(r -> Views.spelling(r.name()).equals(roleText)).findFirst().orElse(null);
            if (role == null) {
                faults.add(new Fault("role", t.get("signup.fault.role", Echo.cut(roleText))));
            }
        }
        AttendanceMode attends = attends(field.apply("attends"), delivery, t, faults);
        boolean publish = consent(field.apply("publishName"));
        if (!faults.isEmpty()) {
            return new Reading(Optional.empty(), List.copyOf(faults));
        }
        return new Reading(Optional.of(new SignUp(given, family, email, organisation, otherName, otherCountry,
                title, kind, role, attends, publish)), List.of());
    }

    /**
     * Tells whether an event role fits the kind of organisation a person represents: a cluster
     * organisation's manager, an association's or alliance's representative, a labelling body's
     * representative; anyone may observe.
     *
     * @param role the event role
     * @param kind the organisation's kind
     * @return true when they fit
     */
    public static boolean fits(EventRole role, OrganisationKind kind) {
        return switch (role) {
            case CLUSTER_MANAGER -> kind == OrganisationKind.CLUSTER_ORGANISATION;
            case ASSOCIATION_REPRESENTATIVE -> kind == OrganisationKind.CLUSTER_ASSOCIATION
                    || kind == OrganisationKind.ALLIANCE;
            case LABELLING_BODY_REPRESENTATIVE -> kind == OrganisationKind.LABELLING_BODY;
            case OBSERVER -> true;
            case SPEAKER, ORGANISER -> false;
        };
    }

    private static AttendanceMode attends(String text, AttendanceMode delivery, Texts t, List<Fault> faults) {
        String value = text == null || text.isBlank() ? defaultMode(delivery) : text.strip();
        boolean inPerson = "in-person".equals(value) && delivery != AttendanceMode.ONLINE;
        boolean online = "online".equals(value) && delivery != AttendanceMode.IN_PERSON;
        if (!inPerson && !online) {
            faults.add(new Fault("attends", t.get("signup.fault.attends", Echo.cut(value))));
            return null;
        }
        return inPerson ? AttendanceMode.IN_PERSON : AttendanceMode.ONLINE;
    }

    private static String defaultMode(AttendanceMode delivery) {
        return delivery == AttendanceMode.ONLINE ? "online" : "in-person";
    }

    private static boolean consent(String text) {
        return text != null && List.of("on", "true", "yes").contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** A required or optional free text: trimmed, at most {@link #MAX_TEXT} characters, nothing invisible. */
    private static String text(Function<String, String> field, String name, Texts t, List<Fault> faults,
                               boolean required) {
        String raw = field.apply(name);
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (required) {
                faults.add(new Fault(name, t.get("signup.fault.required")));
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            faults.add(new Fault(name, t.get("signup.fault.too-long", MAX_TEXT)));
            return null;
        }
        if (Unicode.firstFault(value).isPresent() || value.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Echo.isActive(c))) {
            faults.add(new Fault(name, t.get("signup.fault.characters", Echo.cut(value))));
            return null;
        }
        return value;
    }
}
