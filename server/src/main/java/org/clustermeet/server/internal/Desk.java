package org.clustermeet.server.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.Admission;
import org.clustermeet.core.query.WhoMayAttend;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.store.Invitation;
import org.clustermeet.store.InvitationToken;
import org.clustermeet.store.Notice;
import org.clustermeet.store.RegistryStore;

/**
 * What the pages and the API do on the store, in one place, so that both answer alike: answers to
 * invitations, cancellations, invitations by id or by question. Every change goes through the
 * store's workflow and is committed before it returns.
 */
public final class Desk {

    /** What an invited person answers. */
    public enum Answer {
        /** I will attend in person. */
        IN_PERSON,
        /** I will attend online. */
        ONLINE,
        /** I cannot attend (and, if registered, cancel). */
        DECLINE;

        /**
         * Reads an answer in the document's spelling.
         *
         * @param text {@code in-person}, {@code online} or {@code decline}
         * @return the answer; empty for anything else
         */
        public static Optional<Answer> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text) {
                case "in-person" -> Optional.of(IN_PERSON);
                case "online" -> Optional.of(ONLINE);
                case "decline" -> Optional.of(DECLINE);
                default -> Optional.empty();
            };
        }
    }

    /**
     * What came of an answer.
     *
     * @param kind         what happened
     * @param registration the person's registration after it, if any
     * @param position     the place on the waiting list, 0 when not waiting
     * @param reasons      why it was refused, in the person's language; empty otherwise
     */
    public record Outcome(Kind kind, Optional<Registration> registration, int position, List<String> reasons) {

        /** What happened. */
        public enum Kind {
            /** A place is held. */
            ACCEPTED,
            /** On the waiting list. */
            WAITLISTED,
            /** Refused, with reasons. */
            REFUSED,
            /** The registration was cancelled. */
            CANCELLED,
            /** Declined without having registered: nothing to change. */
            DECLINED,
            /** Already registered or waiting: nothing changed. */
            UNCHANGED
        }
    }

    /**
     * An invitation found by its token, with the event as it is now.
     *
     * @param invitation the invitation
     * @param event      its event
     * @param usable     whether it may be answered now
     */
    public record Opened(Invitation invitation, Event event, boolean usable) {
    }

    private static final CountryCode POLAND = CountryCode.of("PL");
    /**
     * The event roles an invited person may take by answering: speakers and organisers are named
     * by the organisers, not declared by the person.
     */
    private static final Set<EventRole> SELF_DECLARED = EnumSet.of(EventRole.CLUSTER_MANAGER,
            EventRole.ASSOCIATION_REPRESENTATIVE, EventRole.LABELLING_BODY_REPRESENTATIVE, EventRole.OBSERVER);

    private final RegistryStore store;
    private final Clock clock;

    /**
     * @param store the store
     * @param clock the clock that says whether an invitation has expired
     */
    public Desk(RegistryStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@return the store} */
    public RegistryStore store() {
        return store;
    }

    /**
     * Finds an event named in a request's path.
     *
     * @param id the id as the path gives it
     * @return the event
     * @throws WebProblem 400 for a malformed id, 404 for an unknown one
     */
    public Event event(String id) {
        EventId eventId = Forms.id(id, EventId::of, "id");
        return registry().event(eventId).orElseThrow(() -> WebProblem.notFound("no event " + eventId));
    }

    /** {@return the registry as of the latest change} */
    public Registry registry() {
        return store.registry();
    }

    /**
     * Opens an invitation by its link's token. An invitation of a person since merged into
     * another opens as the kept person's, so that the link keeps working.
     *
     * @param token the token's text, as it came in the link
     * @return the invitation; empty when the text is no token, or nobody's
     */
    public Optional<Opened> open(String token) {
        if (!InvitationToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return store.invitations().find(InvitationToken.parse(token)).map(this::addressed)
                .flatMap(i -> store.registry().event(i.event()).map(e -> new Opened(i, e, i.isUsable(e, clock.instant()))));
    }

    private Invitation addressed(Invitation i) {
        return store.people().resolve(i.person()).filter(p -> !p.equals(i.person()))
                .map(p -> new Invitation(i.event(), p, i.language(), i.issuedAt(), i.issuedBy(), i.revokedAt(),
                        i.revokedBy()))
                .orElse(i);
    }

    /**
     * Returns the person's registration for the invitation's event that is still active, or the
     * latest one.
     *
     * @param registry the registry
     * @param event    the event
     * @param person   the person
     * @return the registration, if the person ever registered
     */
    public static Optional<Registration> own(Registry registry, EventId event, PersonId person) {
        // the event's roster finds a person's registrations in O(log n), whatever the event's size
        List<Registration> mine = registry.roster(event).registrationsOf(person);
        return mine.stream().filter(r -> r.state().isActive()).findFirst()
                .or(() -> mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1)));
    }

    /**
     * Answers an invitation. Attending registers the person for an organisation and event role in
     * which they may register, the role that fits the organisation's kind first (refused, with
     * every reason, when there is none); speaker and organiser are never declared this way; declining
     * cancels an active registration. A person already registered or waiting stays as they are.
     *
     * @param opened an opened, usable invitation
     * @param answer the answer
     * @param locale the language of the reasons
     * @return what came of it
     * @throws IllegalArgumentException if the invitation is not usable
     */
    public Outcome answer(Opened opened, Answer answer, Locale locale) {
        if (!opened.usable()) {
            throw new IllegalArgumentException("the invitation can no longer be answered");
        }
        Invitation invitation = opened.invitation();
        Actor actor = invitee(invitation.person());
        Registry registry = store.registry();
        Optional<Registration> own = own(registry, invitation.event(), invitation.person())
                .filter(r -> r.state().isActive());
        if (answer == Answer.DECLINE) {
            if (own.isEmpty()) {
                return new Outcome(Outcome.Kind.DECLINED, Optional.empty(), 0, List.of());
            }
            try {
                CancellationResult cancelled = store.cancel(own.get().id(), actor);
                return new Outcome(Outcome.Kind.CANCELLED, Optional.of(cancelled.cancelled()), 0, List.of());
            } catch (IllegalArgumentException alreadyCancelled) {
                // the same "I cannot attend" sent twice at once: the first cancelled it
                return new Outcome(Outcome.Kind.CANCELLED, store.registry().registration(own.get().id()), 0,
                        List.of());
            }
        }
        if (own.isPresent()) {
            return new Outcome(Outcome.Kind.UNCHANGED, own, Views.position(registry, own.get()), List.of());
        }
        AttendanceMode mode = answer == Answer.ONLINE ? AttendanceMode.ONLINE : AttendanceMode.IN_PERSON;
        List<WhoMayAttend.Candidate> candidates = candidates(registry, opened.event(), invitation.person());
        Optional<WhoMayAttend.Candidate> chosen = candidates.stream().filter(WhoMayAttend.Candidate::mayRegister)
                .min(Comparator.comparingInt(Desk::preference))
                .or(() -> candidates.stream().min(Comparator.comparingInt(Desk::preference)));
        if (chosen.isEmpty()) {
            return new Outcome(Outcome.Kind.REFUSED, Optional.empty(), 0,
                    List.of(Texts.of(locale).get("refused.no-role")));
        }
        WhoMayAttend.Candidate c = chosen.get();
        RegistrationOutcome outcome = store.registerNow(invitation.event(), invitation.person(),
                c.organisation().id(), c.role(), mode, actor).outcome();
        if (!(outcome instanceof RegistrationOutcome.Refused)) {
            return outcome(outcome, locale);
        }
        Registry after = store.registry();
        Optional<Registration> meanwhile = own(after, invitation.event(), invitation.person())
                .filter(r -> r.state().isActive());
        if (meanwhile.isPresent()) {
            // the same answer sent twice at once (a double click): the first registered, this one changes nothing
            return new Outcome(Outcome.Kind.UNCHANGED, meanwhile, Views.position(after, meanwhile.get()), List.of());
        }
        return new Outcome(Outcome.Kind.REFUSED, Optional.empty(), 0,
                ((RegistrationOutcome.Refused) outcome).reasons(locale));
    }

    /**
     * Says what the workflow answered, as pages and the API show it.
     *
     * @param outcome the workflow's answer
     * @param locale  the language of a refusal's reasons
     * @return accepted, waitlisted with the position, or refused with every reason
     */
    public static Outcome outcome(RegistrationOutcome outcome, Locale locale) {
        if (outcome instanceof RegistrationOutcome.Accepted a) {
            return new Outcome(Outcome.Kind.ACCEPTED, Optional.of(a.registration()), 0, List.of());
        }
        if (outcome instanceof RegistrationOutcome.Waitlisted w) {
            return new Outcome(Outcome.Kind.WAITLISTED, Optional.of(w.registration()), w.position(), List.of());
        }
        return new Outcome(Outcome.Kind.REFUSED, Optional.empty(), 0,
                ((RegistrationOutcome.Refused) outcome).reasons(locale));
    }

    /**
     * A person invited, with the secret of their link.
     *
     * @param person the person
     * @param token  the link's token, shown once
     */
    public record Invited(PersonId person, InvitationToken token) {
    }

    /**
     * Invites people to an event: those named, or everyone who may register in an event role on
     * the event's first day ({@link WhoMayAttend#eligible}).
     *
     * @param event    the event
     * @param people   the people named; may be empty when a role is given
     * @param role     the event role whose eligible people are invited, if any
     * @param language the invitation's language; empty for Polish where the person's organisation
     *                 is in Poland, else English
     * @param actor    the organiser
     * @return who was invited, in order, each once
     * @throws WebProblem 404 for an unknown event, 400 for an unknown person
     */
    public List<Invited> invite(EventId event, List<PersonId> people, Optional<EventRole> role,
                                Optional<Locale> language, Actor actor) {
        Registry registry = store.registry();
        Event e = registry.event(event).orElseThrow(() -> WebProblem.notFound("no event " + event));
        LocalDate day = e.schedule().firstDay();
        Map<PersonId, Locale> chosen = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            PersonId p = people.get(i);
            String field = "/people/" + i;
            Person person = registry.person(p).orElseThrow(() -> WebProblem.badRequest("no person " + p
                    + " in the registry", field));
            chosen.put(p, language.orElseGet(() -> languageOf(registry, person.rolesOn(day).stream()
                    .map(PersonRole::organisation).toList())));
        }
        role.ifPresent(r -> WhoMayAttend.eligible(registry, event, r).forEach(c -> chosen.putIfAbsent(
                c.person().id(), language.orElseGet(() -> languageOf(registry, List.of(c.organisation().id()))))));
        return store.invitations().issueAll(event, chosen, actor).stream()
                .map(i -> new Invited(i.invitation().person(), i.token())).toList();
    }

    /**
     * The organisations and self-declared event roles in which one person might register for an
     * event, each judged by the workflow's rule: the person's roles on the event's first day, and
     * nothing else of the registry is looked through.
     */
    private static List<WhoMayAttend.Candidate> candidates(Registry registry, Event event, PersonId id) {
        Event current = registry.event(event.id()).orElseThrow();
        Person person = registry.person(id).orElseThrow();
        List<WhoMayAttend.Candidate> candidates = new ArrayList<>();
        person.rolesOn(current.schedule().firstDay()).stream().map(PersonRole::organisation).distinct()
                .map(registry::organisation).flatMap(Optional::stream).forEach(o -> {
                    for (EventRole role : SELF_DECLARED) {
                        candidates.add(new WhoMayAttend.Candidate(person, o, role,
                                Admission.judge(registry, current, person, o, role)));
                    }
                });
        return candidates;
    }

    /**
     * How well an event role fits the organisation a person represents: the role the organisation's
     * kind stands for first (a cluster organisation's manager, an association's representative, a
     * labelling body's representative), then observer.
     */
    private static int preference(WhoMayAttend.Candidate c) {
        Organisation o = c.organisation();
        EventRole natural = o instanceof ClusterOrganisation ? EventRole.CLUSTER_MANAGER
                : o instanceof ClusterAssociation || o instanceof Alliance ? EventRole.ASSOCIATION_REPRESENTATIVE
                : o instanceof LabellingBody ? EventRole.LABELLING_BODY_REPRESENTATIVE : EventRole.OBSERVER;
        return c.role() == natural ? 0 : c.role() == EventRole.OBSERVER ? 1 : 2 + c.role().ordinal();
    }

    /** Polish when one of the organisations is in Poland, else English. */
    private static Locale languageOf(Registry registry, List<OrganisationId> organisations) {
        boolean polish = organisations.stream().map(registry::organisation).flatMap(Optional::stream)
                .map(Organisation::homeCountry).flatMap(Optional::stream).anyMatch(POLAND::equals);
        return polish ? Lang.POLISH : Locale.ENGLISH;
    }

    /**
     * Withdraws a person's invitation to an event: its link no longer answers.
     *
     * @param event  the event
     * @param person the person
     * @param actor  the organiser
     * @throws WebProblem 404 for an unknown event, 409 when the person has no usable invitation
     */
    public void revoke(EventId event, PersonId person, Actor actor) {
        if (store.registry().event(event).isEmpty()) {
            throw WebProblem.notFound("no event " + event);
        }
        if (!store.invitations().revoke(event, person, actor)) {
            throw new WebProblem(409, "person " + person + " has no invitation to " + event + " to withdraw", null);
        }
    }

    /**
     * Lists an event's invitations with the state of each now.
     *
     * @param event the event, which exists
     * @return the invitations, oldest first
     */
    public List<Views.InvitationView> invitations(Event event) {
        Registry registry = store.registry();
        return store.invitations().of(event.id()).stream().map(i -> new Views.InvitationView(i.person().value(),
                registry.person(i.person()).map(Person::fullName).map(org.clustermeet.core.text.Echo::inert)
                        .orElse(i.person().value()), i.language().getLanguage(), i.issuedAt().toString(),
                i.issuedBy().name(), i.isRevoked() ? "revoked" : i.isUsable(event, clock.instant()) ? "usable"
                        : "expired")).toList();
    }

    /**
     * Cancels a registration for the organiser; a freed place goes to the waiting list.
     *
     * @param id    the registration
     * @param actor the organiser
     * @return the result
     * @throws WebProblem 404 for an unknown registration, 409 when it is no longer active
     */
    public CancellationResult cancel(RegistrationId id, Actor actor) {
        Registration r = store.registry().registration(id).orElseThrow(() ->
                WebProblem.notFound("no registration " + id));
        if (!r.state().isActive() || r.state() == RegistrationState.ATTENDED) {
            throw new WebProblem(409, "registration " + id + " is " + Views.spelling(r.state().name())
                    + " and cannot be cancelled", null);
        }
        return store.cancel(id, actor);
    }

    /**
     * Changes an event's places in person; more places promote from the waiting list.
     *
     * @param event    the event
     * @param capacity the new number of places
     * @param actor    the organiser
     * @return the event after it
     * @throws WebProblem 404 for an unknown event, 400 for a negative number
     */
    public Event changeCapacity(EventId event, int capacity, Actor actor) {
        Event e = store.registry().event(event).orElseThrow(() -> WebProblem.notFound("no event " + event));
        if (capacity < 0) {
            throw WebProblem.badRequest("capacity must be 0 or more, not " + capacity, "capacity");
        }
        return store.changeEvent(e.withCapacity(capacity), actor).registry().event(event).orElseThrow();
    }

    /**
     * The actor an invited person's answers are recorded under.
     *
     * @param person the person
     * @return {@code invitation:} and the person's id, cut to an actor name's length
     */
    public static Actor invitee(PersonId person) {
        return Notice.personsOwn(person);
    }
}
