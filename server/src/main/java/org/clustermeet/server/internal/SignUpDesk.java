package org.clustermeet.server.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.InvitationToken;

/**
 * Open registration on the store: a person who declares who they are registers for an event open
 * to anyone. The person is created with what they declared (the role at the organisation marked as
 * declared, the consent to publish the name as given), an organisation not in the registry is
 * created as an {@link OtherOrganisation} (or found, when one of that name was declared before),
 * the registration goes through the workflow, and the person gets a personal link, like an
 * invitation's, to see or cancel it later.
 *
 * <p>Requests are taken one at a time in a server, so that a double click registers once: an
 * e-mail address that already holds an active registration for the event changes nothing.
 */
public final class SignUpDesk {

    /** Characters of generated ids: lower-case letters and digits without look-alikes. */
    private static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Desk desk;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Object oneAtATime = new Object();

    /**
     * @param desk  the actions on the store
     * @param clock the clock that says whether registration has closed
     */
    public SignUpDesk(Desk desk, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What came of a sign-up.
     *
     * @param outcome what the workflow answered (or {@code UNCHANGED} for an e-mail address already
     *                registered)
     * @param link    the personal link's token; empty when nothing was registered
     */
    public record Result(Desk.Outcome outcome, Optional<InvitationToken> link) {
    }

    /** {@return the registry as of the latest change} */
    public Registry registry() {
        return desk.registry();
    }

    /**
     * Finds an event that anyone may register for.
     *
     * @param id the event's id, as it came in the path
     * @return the event
     * @throws WebProblem 404 when there is no such event or it is not open to anyone
     */
    public Event openEvent(String id) {
        EventId eventId = Forms.id(id, EventId::of, "id");
        return desk.registry().event(eventId).filter(Event::openRegistration)
                .orElseThrow(() -> WebProblem.notFound("no event " + eventId + " is open for registration"));
    }

    /**
     * Tells whether an open event takes registrations now: planned, after its window opens and
     * before it closes.
     *
     * @param event the event
     * @return true while it does
     */
    public boolean takesRegistrations(Event event) {
        var now = clock.instant();
        return event.status() == EventStatus.PLANNED && now.isBefore(event.registrationCloses())
                && event.registrationWindow().opens().map(o -> !now.isBefore(o)).orElse(true);
    }

    /**
     * Lists the organisations the form offers, by name in a language.
     *
     * @param event  the event
     * @param locale the language
     * @return the organisations, sorted by name
     */
    public List<Organisation> organisations(Event event, Locale locale) {
        LocalDate day = event.schedule().firstDay();
        List<Organisation> all = new ArrayList<>(desk.registry().organisations());
        all.sort(java.util.Comparator.comparing(o -> o.displayNameOn(day).get(locale),
                java.text.Collator.getInstance(locale)));
        return all;
    }

    /**
     * Registers a person from what they declared.
     *
     * @param event  an event open to anyone
     * @param signUp what the person declared
     * @param t      the texts of the person's language
     * @return the outcome and the personal link
     * @throws WebProblem 400 naming the field when the organisation is unknown, the role does not
     *                    fit it, or the role takes a kind of position and none was said; 409 when
     *                    the event no longer takes registrations
     */
    public Result register(Event event, SignUp signUp, Texts t) {
        synchronized (oneAtATime) {
            Registry registry = desk.registry();
            Event current = registry.event(event.id()).filter(Event::openRegistration)
                    .orElseThrow(() -> WebProblem.notFound("no event " + event.id() + " is open for registration"));
            if (!takesRegistrations(current)) {
                throw new WebProblem(409, t.get("signup.closed"), null);
            }
            Optional<Organisation> chosen = signUp.organisation().map(id -> registry.organisation(id)
                    .orElseThrow(() -> WebProblem.badRequest(t.get("signup.fault.organisation", id), "organisation")));
            OrganisationKind kind = chosen.map(Organisation::kind).orElse(OrganisationKind.OTHER);
            if (!SignUp.fits(signUp.role(), kind)) {
                throw WebProblem.badRequest(t.get("signup.fault.role-kind", t.get("role."
                        + Views.spelling(signUp.role().name())), kind.label(t.locale())), "role");
            }
            if (signUp.kind().isEmpty() && !current.admits(signUp.role(), Optional.empty())) {
                throw WebProblem.badRequest(t.get("signup.fault.kind-needed", t.get("role."
                        + Views.spelling(signUp.role().name())), current.admittedKinds().kindsFor(signUp.role())
                        .orElseThrow().stream().map(k -> k.label(t.locale())).collect(Collectors.joining(", "))),
                        "kind");
            }
            Optional<Registration> already = registry.registrationsFor(current.id()).stream()
                    .filter(r -> r.state().isActive())
                    .filter(r -> registry.person(r.person()).flatMap(Person::email)
                            .filter(e -> e.value().equalsIgnoreCase(signUp.email().value())).isPresent())
                    .findFirst();
            if (already.isPresent()) {
                return new Result(new Desk.Outcome(Desk.Outcome.Kind.UNCHANGED, already,
                        Views.position(registry, already.get()), List.of()), Optional.empty());
            }
            LocalDate since = current.schedule().firstDay().isBefore(LocalDate.now(clock))
                    ? current.schedule().firstDay() : LocalDate.now(clock);
            Optional<Organisation> existingOther = chosen.isPresent() ? Optional.empty()
                    : sameName(registry, signUp.otherName().orElseThrow(), current.schedule().firstDay());
            Organisation organisation = chosen.or(() -> existingOther).orElseGet(() -> OtherOrganisation.of(
                    fresh(id -> registry.organisation(OrganisationId.of(id)).isPresent(), "o-", OrganisationId::of),
                    signUp.otherName().orElseThrow(), signUp.otherCountry()));
            PersonId personId = fresh(id -> registry.person(PersonId.of(id)).isPresent(), "p-", PersonId::of);
            Person person = new Person(personId, Optional.of(signUp.givenName()), Optional.of(signUp.familyName()),
                    Optional.of(signUp.email()), Optional.empty(),
                    List.of(signUp.kind().map(PersonRole.declared(organisation.id(), signUp.title(), since)::withKind)
                            .orElseGet(() -> PersonRole.declared(organisation.id(), signUp.title(), since))),
                    signUp.publishName() ? NamePublication.YES : NamePublication.NO);
            Actor actor = self(personId);
            boolean newOrganisation = chosen.isEmpty() && existingOther.isEmpty();
            desk.store().edit(e -> {
                if (newOrganisation) {
                    e.put(organisation);
                }
                e.put(person);
            }, actor);
            // the answer on the form is a consent given or refused: kept with when and how
            desk.store().people().recordConsent(personId, ConsentKind.PUBLISH_NAME, signUp.publishName(), ON_THE_FORM,
                    actor);
            RegistrationOutcome outcome = desk.store().registerNow(current.id(), personId, organisation.id(),
                    signUp.role(), signUp.attends(), actor).outcome();
            Desk.Outcome answer = Desk.outcome(outcome, t.locale());
            Optional<InvitationToken> link = answer.registration().isEmpty() ? Optional.empty()
                    : Optional.of(desk.store().invitations().issue(current.id(), personId, t.locale(), actor).token());
            return new Result(answer, link);
        }
    }

    /** How the history tells the consent given or refused on the open registration form. */
    static final String ON_THE_FORM = "open registration form";

    /**
     * {@return who acts when a person registers themselves: {@code self:} and their id}
     *
     * @param person the person
     */
    public static Actor self(PersonId person) {
        String name = "self:" + person.value();
        return Actor.of(name.length() > 64 ? name.substring(0, 64) : name);
    }

    /** An other organisation declared before under the same name, compared without case. */
    private static Optional<Organisation> sameName(Registry registry, String name, LocalDate day) {
        Predicate<Organisation> named = o -> o.kind() == OrganisationKind.OTHER
                && o.displayNameOn(day).english().equalsIgnoreCase(name);
        return registry.organisations().stream().filter(named).findFirst();
    }

    /** A new random id that the registry does not hold yet: the prefix and ten characters. */
    private <I> I fresh(Predicate<String> taken, String prefix, Function<String, I> parse) {
        while (true) {
            StringBuilder b = new StringBuilder(prefix);
            for (int i = 0; i < 10; i++) {
                b.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            String id = b.toString();
            if (!taken.test(id)) {
                return parse.apply(id);
            }
        }
    }
}
