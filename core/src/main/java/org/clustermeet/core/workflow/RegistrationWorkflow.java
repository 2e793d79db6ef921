package org.clustermeet.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.query.Admission;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EventRoster;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.text.Echo;

/**
 * The registration workflow: requests are judged and answered (accepted, waitlisted or refused
 * with reasons), registrations are cancelled and marked attended, and freed places go to the
 * waiting list in arrival order. Each step takes a registry and returns a {@link StepResult}: the
 * registry after it and exactly the changes it made. For several threads, share a
 * {@link SharedRegistry}; for a database, use the store's implementation of {@link WorkflowRegistry}.
 */
public final class RegistrationWorkflow {

    /**
     * Waiting lists are served in arrival order, and by id among simultaneous arrivals (a
     * waitlisted registration always has its arrival time).
     */
    private static final Comparator<Registration> ARRIVAL_ORDER =
            Comparator.comparing((Registration r) -> r.registeredAt().orElse(Instant.MIN))
                    .thenComparing(Registration::id);

    private RegistrationWorkflow() {
    }

    /**
     * Answers a registration request. Refused when the event is cancelled or already held, when
     * the request arrives outside the event's {@linkplain Event#registrationWindow() registration
     * window}, when the event is not delivered in the way the person asks to attend (in person or
     * online), when the person already holds an active registration for it, or when
     * {@link #checkEligibility} fails (every failing rule is named). Otherwise accepted while
     * places of that kind are free ({@link Event#capacityFor}), else waitlisted with its position
     * among those waiting for the same kind of place.
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
        Organisation organisation = require(registry.organisation(request.organisation()), "organisation",
                request.organisation());
        List<Refusal> refusals = new ArrayList<>();
        switch (event.status()) {
            case CANCELLED -> refusals.add(Refusal.of(Refusal.Reason.EVENT_CANCELLED, event.id(), event.title()));
            case HELD -> refusals.add(Refusal.of(Refusal.Reason.EVENT_HELD, event.id(), event.title()));
            default -> {
            }
        }
        Optional<Instant> opens = event.registrationWindow().opens();
        if (opens.isPresent() && request.at().isBefore(opens.get())) {
            refusals.add(Refusal.of(Refusal.Reason.REGISTRATION_NOT_YET_OPEN, event.id(), opens.get(), request.at()));
        }
        Instant closes = event.registrationCloses();
        if (!request.at().isBefore(closes)) {
            refusals.add(Refusal.of(Refusal.Reason.REGISTRATION_CLOSED, event.id(), closes, request.at()));
        }
        if (!event.delivery().mode().offers(request.attends())) {
            refusals.add(Refusal.of(Refusal.Reason.ATTENDANCE_MODE_NOT_OFFERED, event.id(), request.attends(),
                    event.delivery().mode()));
        }
        Registration waitlisted = request.toRegistration(RegistrationState.WAITLISTED);
        // the event's roster answers in O(log n), whatever the number of its registrations
        EventRoster roster = registry.roster(event.id());
        List<Registration> active = roster.activeOf(person.id());
        Registration existing = active.isEmpty() ? null : active.get(0);
        int places = roster.placesTaken(request.attends());
        int ahead = roster.waitingBefore(waitlisted);
        if (existing != null) {
            refusals.add(Refusal.of(Refusal.Reason.ALREADY_REGISTERED, person.fullName(), event.id(), existing.id(),
                    existing.state()));
        }
        refusals.addAll(admission(registry, event, person, organisation, request.role()).refusals());
        if (!refusals.isEmpty()) {
            return new RegistrationResult(registry, new RegistrationOutcome.Refused(request, refusals),
                    ChangeSet.empty());
        }
        Optional<Integer> capacity = event.capacityFor(request.attends());
        if (capacity.isEmpty() || places < capacity.get()) {
            Registration accepted = request.toRegistration(RegistrationState.REGISTERED);
            RegistryEdit edit = registry.edit().put(accepted);
            return new RegistrationResult(edit.apply(), new RegistrationOutcome.Accepted(accepted), edit.changes());
        }
        RegistryEdit edit = registry.edit().put(waitlisted);
        return new RegistrationResult(edit.apply(), new RegistrationOutcome.Waitlisted(waitlisted, ahead + 1),
                edit.changes());
    }

    /**
     * Judges, without registering, whether a person may represent an organisation at an event in
     * a role: the person must hold a role at that organisation on the event's first day (unless
     * the event {@linkplain Event#requiresAffiliation waives it} for the role), and the event's
     * eligibility policy, if any, must admit them on that day. The event's status, registration
     * window and earlier registrations are not judged here.
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
        return admission(registry, e, p, o, Objects.requireNonNull(role, "role"));
    }

    /** The person's affiliation and the event's policy, judged on the event's first day. */
    private static EligibilityResult admission(Registry registry, Event event, Person person,
                                               Organisation organisation, EventRole role) {
        return Admission.judge(registry, event, person, organisation, role);
    }

    /**
     * Cancels a registered or waitlisted registration. When it held a place, the waiting list is
     * considered in arrival order: each waiting registration is judged again by
     * {@link #checkEligibility} on the registry as it is now, promoted if it passes, and refused
     * (state REFUSED, reasons kept in the result) if not, until the place is taken or the list ends.
     *
     * @param registry the registry, not null
     * @param id       the registration's id, not null
     * @return the registry after it, the cancelled registration and the promotions
     * @throws IllegalArgumentException if there is no such registration, or it is not REGISTERED
     *                                  or WAITLISTED
     */
    public static CancellationResult cancel(Registry registry, RegistrationId id) {
        Objects.requireNonNull(registry, "registry");
        Registration r = require(registry.registration(Objects.requireNonNull(id, "id")), "registration", id);
        if (r.state() != RegistrationState.REGISTERED && r.state() != RegistrationState.WAITLISTED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only REGISTERED or WAITLISTED registrations can be cancelled");
        }
        Registration cancelled = r.withState(RegistrationState.CANCELLED);
        RegistryEdit edit = registry.edit().put(cancelled);
        Event event = registry.event(r.event()).orElseThrow();
        Promotions promotions = r.holdsPlace() ? promote(edit, registry, event, r.attends(), r.id())
                : Promotions.NONE;
        return new CancellationResult(edit.apply(), cancelled, promotions, edit.changes());
    }

    /** The longest account of how a consent was given or withdrawn. */
    public static final int MAX_CONSENT_HOW = 200;

    /**
     * Records a consent given or withdrawn. Publishing the name sets the person's answer ({@code
     * YES} or {@code NO}), so that every public output follows at once; being contacted changes
     * nothing in the registry and is kept by whoever records the step (a store's history).
     *
     * @param registry the registry, not null
     * @param person   whose consent, not null
     * @param kind     what to, not null
     * @param given    true when given, false when withdrawn
     * @param how      how it was given or withdrawn, one line of at most {@value #MAX_CONSENT_HOW}
     *                 characters, not blank
     * @return the registry after it and the consent
     * @throws IllegalArgumentException if there is no such person, or how is blank, long or holds a line break
     */
    public static ConsentResult recordConsent(Registry registry, PersonId person, ConsentKind kind, boolean given,
                                              String how) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(how, "how");
        Person p = require(registry.person(Objects.requireNonNull(person, "person")), "person", person);
        if (how.isBlank() || how.length() > MAX_CONSENT_HOW || how.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("how must say in one line of at most " + MAX_CONSENT_HOW
                    + " characters how the consent was given or withdrawn, not \"" + Echo.cut(how) + "\"");
        }
        ChangeSet changes = ChangeSet.empty();
        Registry after = registry;
        if (kind == ConsentKind.PUBLISH_NAME) {
            Person changed = p.withNamePublication(given ? NamePublication.YES : NamePublication.NO);
            if (changed != p) {
                RegistryEdit edit = registry.edit().put(changed);
                changes = edit.changes();
                after = edit.apply();
            }
        }
        return new ConsentResult(after, person, kind, given, how.strip(), changes);
    }

    /**
     * Makes two records of one person one, as when someone registered twice: the kept person
     * gains the other's roles (equal ones once), the e-mail address and phone where it had none,
     * and the stricter answer on publishing the name (no, then not asked, then yes); the other's
     * registrations and session references (chair, speaker, proposer, feedback) become the kept
     * person's, and the other is removed. Where both held or waited for a place at one event, the
     * earlier arrival is kept (one that attended before any) and the other is cancelled first, as
     * {@link #cancel} does, its place going to the waiting list.
     *
     * @param registry the registry, not null
     * @param keep     the person to keep, not null
     * @param merge    the person to merge into it, not null
     * @return the registry after it and what moved, was cancelled and was promoted
     * @throws IllegalArgumentException   if either person is missing, or they are the same
     * @throws RegistryIntegrityException if both attended one event, which cannot be undone
     */
    public static MergeResult merge(Registry registry, PersonId keep, PersonId merge) {
        Objects.requireNonNull(registry, "registry");
        return PeopleMerge.merge(registry, Objects.requireNonNull(keep, "keep"), Objects.requireNonNull(merge, "merge"));
    }

    /**
     * Edits entities as one step: puts and removals made on an {@linkplain Registry#edit() edit}
     * of the registry and applied together. The result names the registrations the edit left
     * holding a place they would no longer get; they are kept, for the organiser to decide.
     *
     * @param registry the registry, not null
     * @param edit     puts and removes entities, not null
     * @return the registry after it, the changes and the registrations no longer eligible
     * @throws RegistryIntegrityException naming every problem, if the edit would break a rule
     * @throws IllegalArgumentException   if the edit removes an entity that does not exist
     */
    public static EditResult edit(Registry registry, Consumer<RegistryEdit> edit) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(edit, "edit");
        RegistryEdit e = registry.edit();
        edit.accept(e);
        Registry after = e.apply();
        return new EditResult(after, e.changes(), after == registry ? List.of() : Admission.madeIneligible(registry,
                after));
    }

    /**
     * Stores a changed event; when it has more places than before, the waiting list is considered
     * for them as in {@link #cancel}. The result names the registrations holding a place that the
     * change leaves without the right to it (the event moved past a label's expiry, say); they are
     * kept, for the organiser to decide. To cancel an event, use {@link #cancelEvent}.
     *
     * @param registry the registry, not null
     * @param event    the changed or new event, not null
     * @return the registry after it and the promotions
     * @throws RegistryIntegrityException if a reference is unknown, the registrations already
     *                                    holding a place exceed a reduced capacity, or the event is
     *                                    cancelled while registrations are active
     */
    public static EventChangeResult changeEvent(Registry registry, Event event) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(event, "event");
        RegistryEdit edit = registry.edit().put(event);
        Promotions inPerson = promote(edit, registry, event, AttendanceMode.IN_PERSON, null);
        Promotions online = promote(edit, registry, event, AttendanceMode.ONLINE, null);
        Registry after = edit.apply();
        return new EventChangeResult(after, online == Promotions.NONE ? inPerson
                : new Promotions(concat(inPerson.promoted(), online.promoted()),
                        concat(inPerson.refused(), online.refused())), edit.changes(),
                Admission.madeIneligible(registry, after, event.id()));
    }

    /**
     * Cancels an event: its status becomes CANCELLED and every registration still registered or
     * waitlisted is closed as CANCELLED_BY_ORGANISER, so that reports show who was affected.
     *
     * @param registry the registry, not null
     * @param id       the event's id, not null
     * @return the registry after it, the cancelled event and the registrations it closed
     * @throws IllegalArgumentException if there is no such event, or it is already held or cancelled
     */
    public static EventCancellationResult cancelEvent(Registry registry, EventId id) {
        Objects.requireNonNull(registry, "registry");
        Event event = require(registry.event(Objects.requireNonNull(id, "id")), "event", id);
        if (event.status() == EventStatus.HELD || event.status() == EventStatus.CANCELLED) {
            throw new IllegalArgumentException("event " + id + " is " + event.status()
                    + "; only a PLANNED or POSTPONED event can be cancelled");
        }
        Event cancelledEvent = event.withStatus(EventStatus.CANCELLED);
        RegistryEdit edit = registry.edit().put(cancelledEvent);
        List<Registration> closed = new ArrayList<>();
        for (Registration r : registry.registrationsFor(id)) {
            if (r.state() == RegistrationState.REGISTERED || r.state() == RegistrationState.WAITLISTED) {
                Registration c = r.withState(RegistrationState.CANCELLED_BY_ORGANISER);
                edit.put(c);
                closed.add(c);
            }
        }
        return new EventCancellationResult(edit.apply(), cancelledEvent, closed, edit.changes());
    }

    /**
     * Records that a registered person took part.
     *
     * @param registry the registry, not null
     * @param id       the registration's id, not null
     * @return the registry after it and the registration, now ATTENDED
     * @throws IllegalArgumentException if there is no such registration or it is not REGISTERED
     */
    public static AttendanceResult markAttended(Registry registry, RegistrationId id) {
        Objects.requireNonNull(registry, "registry");
        Registration r = require(registry.registration(Objects.requireNonNull(id, "id")), "registration", id);
        if (r.state() != RegistrationState.REGISTERED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only a REGISTERED registration can be marked attended");
        }
        Registration attended = r.withState(RegistrationState.ATTENDED);
        RegistryEdit edit = registry.edit().put(attended);
        return new AttendanceResult(edit.apply(), attended, edit.changes());
    }

    /**
     * Returns a registration id that a registry does not hold yet: {@code base}, or, when that is
     * taken, {@code base-2}, {@code base-3} and so on. Registries that give ids themselves use the
     * number of their step as the base ({@code r-17}).
     *
     * @param registry the registry, not null
     * @param base     the preferred id, not null
     * @return a free id
     * @throws IllegalArgumentException if {@code base} is not a valid id
     */
    public static RegistrationId freeRegistrationId(Registry registry, String base) {
        Objects.requireNonNull(registry, "registry");
        RegistrationId id = RegistrationId.of(Objects.requireNonNull(base, "base"));
        for (int n = 2; registry.registration(id).isPresent(); n++) {
            id = RegistrationId.of(base + "-" + n);
        }
        return id;
    }

    /**
     * Returns an event's waiting list.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return the waitlisted registrations (for places in person and online) in arrival order: by
     *         registration time, then by id; each kind of place is promoted in this order
     */
    public static List<Registration> waitingList(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        EventRoster roster = registry.roster(Objects.requireNonNull(event, "event"));
        List<Registration> waiting = new ArrayList<>();
        for (AttendanceMode mode : AttendanceMode.values()) {
            waiting.addAll(roster.waiting(mode));
        }
        waiting.sort(ARRIVAL_ORDER);
        return List.copyOf(waiting);
    }

    /**
     * Returns the place of each of an event's waiting registrations, counted among those waiting
     * for the same kind of place (in person or online), as {@link #register} gives it: each kind
     * of place is promoted in this order.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return each waiting registration's place, 1 for the first; registrations not waiting are absent
     */
    public static Map<RegistrationId, Integer> waitingPositions(Registry registry, EventId event) {
        Map<RegistrationId, Integer> positions = new HashMap<>();
        Map<AttendanceMode, Integer> counted = new EnumMap<>(AttendanceMode.class);
        for (Registration w : waitingList(registry, event)) {
            positions.put(w.id(), counted.merge(w.attends(), 1, Integer::sum));
        }
        return Map.copyOf(positions);
    }

    /**
     * Adds to an edit the promotions into an event's free places, in arrival order, judging each
     * waiting registration again; those that fail are refused and the next one is considered.
     *
     * @param freed the registration giving up its place in this edit, or null
     */
    private static Promotions promote(RegistryEdit edit, Registry before, Event event, AttendanceMode attends,
                                      RegistrationId freed) {
        EventRoster roster = before.roster(event.id());
        boolean freedHeldOne = freed != null && before.registration(freed)
                .map(r -> r.attends() == attends && r.holdsPlace()).orElse(false);
        long places = roster.placesTaken(attends) - (freedHeldOne ? 1 : 0);
        List<Registration> waiting = roster.waiting(attends);
        long free = event.capacityFor(attends).map(c -> c - places).orElse((long) waiting.size());
        List<Registration> promoted = new ArrayList<>();
        List<RefusedPromotion> refused = new ArrayList<>();
        for (int i = 0; promoted.size() < free && i < waiting.size(); i++) {
            Registration w = waiting.get(i);
            EligibilityResult verdict = admission(before, event, before.person(w.person()).orElseThrow(),
                    before.organisation(w.organisation()).orElseThrow(), w.role());
            if (verdict.isEligible()) {
                Registration p = w.withState(RegistrationState.REGISTERED);
                edit.put(p);
                promoted.add(p);
            } else {
                Registration r = w.withState(RegistrationState.REFUSED);
                edit.put(r);
                refused.add(new RefusedPromotion(r, verdict.refusals()));
            }
        }
        return promoted.isEmpty() && refused.isEmpty() ? Promotions.NONE : new Promotions(promoted, refused);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T require(Optional<T> found, String kind, Object id) {
        return found.orElseThrow(() -> new IllegalArgumentException("no " + kind + " with id " + id
                + " in the registry"));
    }
}
