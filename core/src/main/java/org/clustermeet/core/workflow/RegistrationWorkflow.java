package org.clustermeet.core.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityContext;
import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.query.RegistryFacts;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.core.registry.RegistryIntegrityException;

/**
 * The registration workflow: requests are judged and answered (accepted, waitlisted or refused
 * with reasons), registrations are cancelled and marked attended, and freed places go to the
 * waiting list in arrival order. Each step takes a registry and returns the registry after it;
 * for several threads, share a {@link SharedRegistry}.
 */
public final class RegistrationWorkflow {

    /** Waiting lists are served in arrival order, and by id among simultaneous arrivals. */
    private static final Comparator<Registration> ARRIVAL_ORDER =
            Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id);

    private RegistrationWorkflow() {
    }

    /**
     * Answers a registration request. Refused when the event is cancelled or already held, when
     * the person already holds a registration for it, or when the event's eligibility policy
     * fails on the event's first day (every failing rule is named). Otherwise accepted while
     * places are free, else waitlisted with its position.
     *
     * @param registry the registry, not null
     * @param request  the request, not null
     * @return the outcome and the registry after it (the same registry when refused)
     * @throws IllegalArgumentException if the registration id is taken, or the event, person or
     *                                  organisation does not exist
     */
    public static RegistrationResult register(Registry registry, RegistrationRequest request) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(request, "request");
        if (registry.registration(request.id()).isPresent()) {
            throw new IllegalArgumentException("registration id " + request.id() + " is already taken");
        }
        Event event = require(registry.event(request.event()), "event", request.event());
        Person person = require(registry.person(request.person()), "person", request.person());
        require(registry.organisation(request.organisation()), "organisation", request.organisation());
        List<Registration> forEvent = registry.registrationsFor(event.id());
        List<String> reasons = new ArrayList<>();
        switch (event.status()) {
            case CANCELLED -> reasons.add("event " + event.id() + " (" + event.title() + ") is cancelled");
            case HELD -> reasons.add("event " + event.id() + " (" + event.title() + ") has already been held");
            default -> {
            }
        }
        Registration waitlisted = request.toRegistration(RegistrationState.WAITLISTED);
        Registration existing = null;
        int places = 0;
        int ahead = 0;
        for (Registration r : forEvent) {
            if (existing == null && r.person().equals(person.id()) && r.state() != RegistrationState.CANCELLED) {
                existing = r;
            }
            if (r.holdsPlace()) {
                places++;
            }
            if (r.state() == RegistrationState.WAITLISTED && ARRIVAL_ORDER.compare(r, waitlisted) < 0) {
                ahead++;
            }
        }
        if (existing != null) {
            reasons.add(person.fullName() + " is already registered for event " + event.id() + " (registration "
                    + existing.id() + ", " + existing.state() + ")");
        }
        reasons.addAll(checkEligibility(registry, event.id(), person.id(), request.organisation(), request.role())
                .failures());
        if (!reasons.isEmpty()) {
            return new RegistrationResult(registry, new RegistrationOutcome.Refused(request, reasons));
        }
        if (event.capacity().isEmpty() || places < event.capacity().get()) {
            Registration accepted = request.toRegistration(RegistrationState.REGISTERED);
            return new RegistrationResult(registry.edit().put(accepted).apply(),
                    new RegistrationOutcome.Accepted(accepted));
        }
        return new RegistrationResult(registry.edit().put(waitlisted).apply(),
                new RegistrationOutcome.Waitlisted(waitlisted, ahead + 1));
    }

    /**
     * Judges, without registering, whether a person may register for an event: the event's
     * eligibility policy evaluated on its first day. An event without a policy admits everyone.
     *
     * @param registry     the registry, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation the person would represent, not null
     * @param role         the role the person would have, not null
     * @return eligible, or every reason why not
     * @throws IllegalArgumentException if the event, person or organisation does not exist
     */
    public static EligibilityResult checkEligibility(Registry registry, EventId event, PersonId person,
                                                     OrganisationId organisation, EventRole role) {
        Objects.requireNonNull(registry, "registry");
        Event e = require(registry.event(Objects.requireNonNull(event, "event")), "event", event);
        Person p = require(registry.person(Objects.requireNonNull(person, "person")), "person", person);
        Organisation o = require(registry.organisation(Objects.requireNonNull(organisation, "organisation")),
                "organisation", organisation);
        Objects.requireNonNull(role, "role");
        return e.eligibility()
                .map(rule -> rule.evaluate(new EligibilityContext(p, o, role, e.schedule().firstDay(),
                        RegistryFacts.of(registry))))
                .orElse(EligibilityResult.eligible());
    }

    /**
     * Cancels a registered or waitlisted registration. When it held a place, the first
     * registrations on the waiting list are promoted into the free places.
     *
     * @param registry the registry, not null
     * @param id       the registration's id, not null
     * @return the registry after it, the cancelled registration and the promoted one, if any
     * @throws IllegalArgumentException if there is no such registration, or it is already
     *                                  cancelled or attended
     */
    public static CancellationResult cancel(Registry registry, RegistrationId id) {
        Objects.requireNonNull(registry, "registry");
        Registration r = require(registry.registration(Objects.requireNonNull(id, "id")), "registration", id);
        if (r.state() == RegistrationState.CANCELLED || r.state() == RegistrationState.ATTENDED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only REGISTERED or WAITLISTED registrations can be cancelled");
        }
        Registration cancelled = r.withState(RegistrationState.CANCELLED);
        RegistryEdit edit = registry.edit().put(cancelled);
        Event event = registry.event(r.event()).orElseThrow();
        List<Registration> promoted = r.holdsPlace() ? promote(edit, registry, event, r.id()) : List.of();
        return new CancellationResult(edit.apply(), cancelled, promoted.stream().findFirst());
    }

    /**
     * Stores a changed event; when it has more places than before, the waiting list is promoted
     * into them in arrival order.
     *
     * @param registry the registry, not null
     * @param event    the changed or new event, not null
     * @return the registry after it
     * @throws RegistryIntegrityException if a reference is unknown or the registrations already
     *                                    holding a place exceed a reduced capacity
     */
    public static Registry changeEvent(Registry registry, Event event) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(event, "event");
        RegistryEdit edit = registry.edit().put(event);
        promote(edit, registry, event, null);
        return edit.apply();
    }

    /**
     * Records that a registered person took part.
     *
     * @param registry the registry, not null
     * @param id       the registration's id, not null
     * @return the registry after it
     * @throws IllegalArgumentException if there is no such registration or it is not REGISTERED
     */
    public static Registry markAttended(Registry registry, RegistrationId id) {
        Objects.requireNonNull(registry, "registry");
        Registration r = require(registry.registration(Objects.requireNonNull(id, "id")), "registration", id);
        if (r.state() != RegistrationState.REGISTERED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only a REGISTERED registration can be marked attended");
        }
        return registry.edit().put(r.withState(RegistrationState.ATTENDED)).apply();
    }

    /**
     * Returns an event's waiting list.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return the waitlisted registrations in the order they will be promoted: by registration
     *         time, then by id
     */
    public static List<Registration> waitingList(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        return registry.registrationsFor(Objects.requireNonNull(event, "event")).stream()
                .filter(r -> r.state() == RegistrationState.WAITLISTED).sorted(ARRIVAL_ORDER).toList();
    }

    /**
     * Adds to an edit the promotions into an event's free places, in arrival order.
     *
     * @param freed the registration giving up its place in this edit, or null
     * @return the promoted registrations, in the order promoted
     */
    private static List<Registration> promote(RegistryEdit edit, Registry before, Event event, RegistrationId freed) {
        long places = before.registrationsFor(event.id()).stream()
                .filter(r -> r.holdsPlace() && !r.id().equals(freed)).count();
        List<Registration> waiting = waitingList(before, event.id());
        long free = event.capacity().map(c -> c - places).orElse((long) waiting.size());
        List<Registration> promoted = new ArrayList<>();
        for (int i = 0; i < free && i < waiting.size(); i++) {
            Registration p = waiting.get(i).withState(RegistrationState.REGISTERED);
            edit.put(p);
            promoted.add(p);
        }
        return promoted;
    }

    private static <T> T require(Optional<T> found, String kind, Object id) {
        return found.orElseThrow(() -> new IllegalArgumentException("no " + kind + " with id " + id
                + " in the registry"));
    }
}
