package org.clustermeet.core.registry;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.clustermeet.core.eligibility.EligibilityContext;
import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;

/**
 * The registry: organisations, people, quality labels, memberships, events with their sessions,
 * registrations and stated facts, with referential integrity.
 *
 * <p>A registry is an immutable value and therefore thread-safe: every change returns a new
 * registry and leaves this one as it was. Every referenced id exists and ids are unique per kind;
 * a change that would break this, or a domain rule that spans entities (label holders are cluster
 * organisations, renewals come in time, events stay within capacity), fails with a
 * {@link RegistryIntegrityException} that names every problem. Registrations are business
 * outcomes instead: {@link #register} answers accepted, waitlisted or refused with reasons. For
 * registrations from several threads, share a {@link SharedRegistry}.
 *
 * <p>Build a registry with {@link #builder()}, which checks everything once at the end, or grow
 * one with the {@code with...} methods, each of which checks the whole result.
 */
public final class Registry {

    private static final Registry EMPTY = new Registry(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
            new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    private static final Comparator<Registration> ARRIVAL_ORDER =
            Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id);

    private final SortedMap<OrganisationId, Organisation> organisations;
    private final SortedMap<PersonId, Person> people;
    private final SortedMap<LabelId, QualityLabel> labels;
    private final SortedMap<MembershipId, Membership> memberships;
    private final SortedMap<EventId, Event> events;
    /**
     * Registrations grouped by event, so that a registration copies only its event's map (and the
     * small map of events) rather than every registration. No inner map is empty.
     */
    private final SortedMap<EventId, SortedMap<RegistrationId, Registration>> registrations;
    private final SortedMap<FactId, StatedCount> facts;
    /** Labels and memberships indexed; shared with the next value when those do not change. */
    private final Indexes.Lazy<Indexes.Structure> structure;
    /** Registrations by person; built for this value on first use. */
    private final Indexes.Lazy<Indexes.People> byPerson;

    /** Every registration in id order; merged from the events' registrations on first use. */
    private final Indexes.Lazy<List<Registration>> allRegistrations;

    /**
     * The event of each registration, by registration id: built on first use, then carried
     * forward to the registry values derived by registering, at O(log n) per registration.
     */
    private final Indexes.Lazy<HashTrie<RegistrationId, EventId>> registrationEvents;

    private Registry(SortedMap<OrganisationId, Organisation> organisations, SortedMap<PersonId, Person> people,
                     SortedMap<LabelId, QualityLabel> labels, SortedMap<MembershipId, Membership> memberships,
                     SortedMap<EventId, Event> events,
                     SortedMap<EventId, SortedMap<RegistrationId, Registration>> registrations,
                     SortedMap<FactId, StatedCount> facts) {
        this(organisations, people, labels, memberships, events, registrations, facts, null, null, null);
    }

    private Registry(SortedMap<OrganisationId, Organisation> organisations, SortedMap<PersonId, Person> people,
                     SortedMap<LabelId, QualityLabel> labels, SortedMap<MembershipId, Membership> memberships,
                     SortedMap<EventId, Event> events,
                     SortedMap<EventId, SortedMap<RegistrationId, Registration>> registrations,
                     SortedMap<FactId, StatedCount> facts, Indexes.Lazy<Indexes.Structure> structure,
                     List<Registration> registrationsInIdOrder,
                     HashTrie<RegistrationId, EventId> registrationEvents) {
        this.organisations = Collections.unmodifiableSortedMap(organisations);
        this.people = Collections.unmodifiableSortedMap(people);
        this.labels = Collections.unmodifiableSortedMap(labels);
        this.memberships = Collections.unmodifiableSortedMap(memberships);
        this.events = Collections.unmodifiableSortedMap(events);
        this.registrations = Collections.unmodifiableSortedMap(registrations);
        this.facts = Collections.unmodifiableSortedMap(facts);
        this.structure = structure != null ? structure
                : new Indexes.Lazy<>(() -> new Indexes.Structure(this.organisations, this.labels.values(),
                this.memberships.values()));
        this.byPerson = new Indexes.Lazy<>(() -> new Indexes.People(
                this.registrations.values().stream().map(SortedMap::values).toList()));
        // the builder hands over an immutable list already in id order
        this.allRegistrations = registrationsInIdOrder != null
                ? new Indexes.Lazy<>(() -> registrationsInIdOrder)
                : new Indexes.Lazy<>(() -> {
                    List<Registration> all = new ArrayList<>();
                    this.registrations.values().forEach(forEvent -> all.addAll(forEvent.values()));
                    // each event's registrations are already sorted: the sort merges those runs
                    all.sort(Comparator.comparing(Registration::id));
                    return Collections.unmodifiableList(all);
                });
        this.registrationEvents = registrationEvents != null ? new Indexes.Lazy<>(() -> registrationEvents)
                : new Indexes.Lazy<>(() -> HashTrie.of(
                        () -> this.registrations.values().stream().flatMap(forEvent -> forEvent.values().stream())
                                .iterator(), Registration::id, Registration::event));
    }

    /** Returns the registry that holds nothing. */
    public static Registry empty() {
        return EMPTY;
    }

    /** Returns a builder that collects entities and checks them all at once in {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this registry's entities, to derive a changed registry in bulk. */
    public Builder toBuilder() {
        Builder b = new Builder();
        organisations.values().forEach(b::add);
        people.values().forEach(b::add);
        labels.values().forEach(b::add);
        memberships.values().forEach(b::add);
        events.values().forEach(b::add);
        registrations().forEach(b::add);
        facts.values().forEach(b::add);
        return b;
    }

    // ---------------------------------------------------------------- lookups

    /**
     * Looks up an organisation.
     *
     * @param id the id, not null
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every organisation, in id order. */
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    /** Returns every cluster organisation, in id order. */
    public List<ClusterOrganisation> clusterOrganisations() {
        return organisations.values().stream().filter(ClusterOrganisation.class::isInstance)
                .map(ClusterOrganisation.class::cast).toList();
    }

    /**
     * Looks up a person.
     *
     * @param id the id, not null
     * @return the person, or empty
     */
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(people.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every person, in id order. */
    public List<Person> people() {
        return List.copyOf(people.values());
    }

    /**
     * Looks up a label.
     *
     * @param id the id, not null
     * @return the label, or empty
     */
    public Optional<QualityLabel> label(LabelId id) {
        return Optional.ofNullable(labels.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every label, in id order. */
    public List<QualityLabel> labels() {
        return List.copyOf(labels.values());
    }

    /**
     * Returns the labels an organisation holds or held.
     *
     * @param holder the holder's id, not null
     * @return its labels, in id order
     */
    public List<QualityLabel> labelsOf(OrganisationId holder) {
        Objects.requireNonNull(holder, "holder");
        return List.copyOf(structure.get().labelsOf(holder));
    }

    /**
     * Looks up a membership.
     *
     * @param id the id, not null
     * @return the membership, or empty
     */
    public Optional<Membership> membership(MembershipId id) {
        return Optional.ofNullable(memberships.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every membership, in id order. */
    public List<Membership> memberships() {
        return List.copyOf(memberships.values());
    }

    /**
     * Looks up an event.
     *
     * @param id the id, not null
     * @return the event, or empty
     */
    public Optional<Event> event(EventId id) {
        return Optional.ofNullable(events.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every event, in id order. */
    public List<Event> events() {
        return List.copyOf(events.values());
    }

    /**
     * Looks up a registration.
     *
     * @param id the id, not null
     * @return the registration, or empty
     */
    public Optional<Registration> registration(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        EventId event = registrationEvents.get().get(id);
        SortedMap<RegistrationId, Registration> forEvent = event == null ? null : registrations.get(event);
        return forEvent == null ? Optional.empty() : Optional.ofNullable(forEvent.get(id));
    }

    /** Returns every registration, in id order. */
    public List<Registration> registrations() {
        return allRegistrations.get();
    }

    /**
     * Returns the registrations for an event, in every state.
     *
     * @param event the event's id, not null
     * @return its registrations, in id order
     */
    public List<Registration> registrationsFor(EventId event) {
        Objects.requireNonNull(event, "event");
        SortedMap<RegistrationId, Registration> forEvent = registrations.get(event);
        return forEvent == null ? List.of() : List.copyOf(forEvent.values());
    }

    /**
     * Returns an event's waiting list.
     *
     * @param event the event's id, not null
     * @return the waitlisted registrations in the order they will be promoted: by registration
     *         time, then by id
     */
    public List<Registration> waitingList(EventId event) {
        return registrationsFor(event).stream().filter(r -> r.state() == RegistrationState.WAITLISTED)
                .sorted(ARRIVAL_ORDER).toList();
    }

    /**
     * Looks up a stated fact.
     *
     * @param id the id, not null
     * @return the fact, or empty
     */
    public Optional<StatedCount> fact(FactId id) {
        return Optional.ofNullable(facts.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns every stated fact, in id order. */
    public List<StatedCount> facts() {
        return List.copyOf(facts.values());
    }

    // ---------------------------------------------------------------- changes

    /**
     * Returns a registry with an organisation added or, if its id exists, replaced.
     *
     * @param organisation the organisation, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if the result breaks integrity (for example, replacing a
     *                                    label holder by an association)
     */
    public Registry withOrganisation(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        Draft d = new Draft(this);
        d.organisations().put(organisation.id(), organisation);
        return d.checked("cannot store organisation " + organisation.id());
    }

    /**
     * Returns a registry with a person added or replaced.
     *
     * @param person the person, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if a role refers to an unknown organisation
     */
    public Registry withPerson(Person person) {
        Objects.requireNonNull(person, "person");
        Draft d = new Draft(this);
        d.people().put(person.id(), person);
        return d.checked("cannot store person " + person.id());
    }

    /**
     * Returns a registry with a label added or replaced.
     *
     * @param label the label, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if the holder is not a cluster organisation, the issuer not a
     *                                    labelling body, or a renewal is late or names an unknown label
     */
    public Registry withLabel(QualityLabel label) {
        Objects.requireNonNull(label, "label");
        Draft d = new Draft(this);
        d.labels().put(label.id(), label);
        return d.checked("cannot store label " + label.id());
    }

    /**
     * Returns a registry with a membership added or replaced.
     *
     * @param membership the membership, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if an organisation is unknown or of the wrong kind, or the
     *                                    membership overlaps another of the same pair
     */
    public Registry withMembership(Membership membership) {
        Objects.requireNonNull(membership, "membership");
        Draft d = new Draft(this);
        d.memberships().put(membership.id(), membership);
        return d.checked("cannot store membership " + membership.id());
    }

    /**
     * Returns a registry with an event added or replaced. When a replaced event has more places
     * than before, the waiting list is promoted into them in order.
     *
     * @param event the event, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if a reference is unknown or the registrations already
     *                                    holding a place exceed a reduced capacity
     */
    public Registry withEvent(Event event) {
        Objects.requireNonNull(event, "event");
        Draft d = new Draft(this);
        d.events().put(event.id(), event);
        d.fillFreePlaces(event);
        return d.checked("cannot store event " + event.id());
    }

    /**
     * Returns a registry with a registration stored as it is, without eligibility checks: for
     * importing registrations recorded elsewhere. Use {@link #register} for new requests.
     *
     * @param registration the registration, not null
     * @return the changed registry
     * @throws RegistryIntegrityException if a reference is unknown, the person is registered twice
     *                                    or the event would exceed its capacity
     */
    public Registry withRegistration(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        Draft d = new Draft(this);
        d.putRegistration(registration);
        return d.checked("cannot store registration " + registration.id());
    }

    /**
     * Returns a registry with a stated fact added or replaced.
     *
     * @param fact the fact, not null
     * @return the changed registry
     */
    public Registry withFact(StatedCount fact) {
        Objects.requireNonNull(fact, "fact");
        Draft d = new Draft(this);
        d.facts().put(fact.id(), fact);
        return d.checked("cannot store fact " + fact.id());
    }

    /**
     * Returns a registry without an organisation.
     *
     * @param id the organisation's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException   if there is no such organisation
     * @throws RegistryIntegrityException if something still refers to it; the message names each referrer
     */
    public Registry withoutOrganisation(OrganisationId id) {
        Draft d = new Draft(this);
        require(d.organisations().remove(Objects.requireNonNull(id, "id")), "organisation", id);
        return d.checked("cannot remove organisation " + id);
    }

    /**
     * Returns a registry without a person.
     *
     * @param id the person's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException   if there is no such person
     * @throws RegistryIntegrityException if a registration or session still refers to the person
     */
    public Registry withoutPerson(PersonId id) {
        Draft d = new Draft(this);
        require(d.people().remove(Objects.requireNonNull(id, "id")), "person", id);
        return d.checked("cannot remove person " + id);
    }

    /**
     * Returns a registry without a label.
     *
     * @param id the label's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException   if there is no such label
     * @throws RegistryIntegrityException if a renewal still refers to it
     */
    public Registry withoutLabel(LabelId id) {
        Draft d = new Draft(this);
        require(d.labels().remove(Objects.requireNonNull(id, "id")), "label", id);
        return d.checked("cannot remove label " + id);
    }

    /**
     * Returns a registry without a membership.
     *
     * @param id the membership's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException if there is no such membership
     */
    public Registry withoutMembership(MembershipId id) {
        Draft d = new Draft(this);
        require(d.memberships().remove(Objects.requireNonNull(id, "id")), "membership", id);
        return d.checked("cannot remove membership " + id);
    }

    /**
     * Returns a registry without an event.
     *
     * @param id the event's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException   if there is no such event
     * @throws RegistryIntegrityException if registrations, side events or a founding still refer to it
     */
    public Registry withoutEvent(EventId id) {
        Draft d = new Draft(this);
        require(d.events().remove(Objects.requireNonNull(id, "id")), "event", id);
        return d.checked("cannot remove event " + id);
    }

    /**
     * Returns a registry without a stated fact.
     *
     * @param id the fact's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException if there is no such fact
     */
    public Registry withoutFact(FactId id) {
        Draft d = new Draft(this);
        require(d.facts().remove(Objects.requireNonNull(id, "id")), "fact", id);
        return d.checked("cannot remove fact " + id);
    }

    // ---------------------------------------------------------------- registration

    /**
     * Answers a registration request. Refused when the event is cancelled or already held, when
     * the person already holds a registration for it, or when the event's eligibility policy
     * fails on the event's first day (every failing rule is named). Otherwise accepted while
     * places are free, else waitlisted with its position.
     *
     * @param request the request, not null
     * @return the outcome and the registry after it (this registry when refused)
     * @throws IllegalArgumentException if the registration id is taken, or the event, person or
     *                                  organisation does not exist
     */
    public RegistrationResult register(RegistrationRequest request) {
        Objects.requireNonNull(request, "request");
        if (registration(request.id()).isPresent()) {
            throw new IllegalArgumentException("registration id " + request.id() + " is already taken");
        }
        Event event = require(events.get(request.event()), "event", request.event());
        Person person = require(people.get(request.person()), "person", request.person());
        Organisation organisation = require(organisations.get(request.organisation()), "organisation",
                request.organisation());
        List<Registration> forEvent = registrationsFor(event.id());
        List<String> reasons = new ArrayList<>();
        switch (event.status()) {
            case CANCELLED -> reasons.add("event " + event.id() + " (" + event.title() + ") is cancelled");
            case HELD -> reasons.add("event " + event.id() + " (" + event.title() + ") has already been held");
            default -> {
            }
        }
        forEvent.stream().filter(r -> r.person().equals(person.id()) && r.state() != RegistrationState.CANCELLED)
                .findFirst().ifPresent(r -> reasons.add(person.fullName() + " is already registered for event "
                        + event.id() + " (registration " + r.id() + ", " + r.state() + ")"));
        reasons.addAll(checkEligibility(event.id(), person.id(), organisation.id(), request.role()).failures());
        if (!reasons.isEmpty()) {
            return new RegistrationResult(this, new RegistrationOutcome.Refused(request, reasons));
        }
        long places = forEvent.stream().filter(Registration::holdsPlace).count();
        Draft d = new Draft(this);
        if (event.capacity().isEmpty() || places < event.capacity().get()) {
            Registration accepted = request.toRegistration(RegistrationState.REGISTERED);
            d.putRegistration(accepted);
            return new RegistrationResult(d.trusted(), new RegistrationOutcome.Accepted(accepted));
        }
        Registration waiting = request.toRegistration(RegistrationState.WAITLISTED);
        d.putRegistration(waiting);
        Registry after = d.trusted();
        int position = after.waitingList(event.id()).indexOf(waiting) + 1;
        return new RegistrationResult(after, new RegistrationOutcome.Waitlisted(waiting, position));
    }

    /**
     * Judges, without registering, whether a person may register for an event: the event's
     * eligibility policy evaluated on its first day. An event without a policy admits everyone.
     *
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation the person would represent, not null
     * @param role         the role the person would have, not null
     * @return eligible, or every reason why not
     * @throws IllegalArgumentException if the event, person or organisation does not exist
     */
    public EligibilityResult checkEligibility(EventId event, PersonId person, OrganisationId organisation,
                                              EventRole role) {
        Event e = require(events.get(Objects.requireNonNull(event, "event")), "event", event);
        Person p = require(people.get(Objects.requireNonNull(person, "person")), "person", person);
        Organisation o = require(organisations.get(Objects.requireNonNull(organisation, "organisation")),
                "organisation", organisation);
        Objects.requireNonNull(role, "role");
        return e.eligibility().map(policy -> policy.evaluate(new Context(p, o, role, e.schedule().firstDay())))
                .orElse(EligibilityResult.eligible());
    }

    /**
     * Cancels a registered or waitlisted registration. When it held a place, the first registration
     * on the waiting list is promoted into it.
     *
     * @param id the registration's id, not null
     * @return the registry after it, the cancelled registration and the promoted one, if any
     * @throws IllegalArgumentException if there is no such registration, or it is already cancelled
     *                                  or attended
     */
    public CancellationResult cancel(RegistrationId id) {
        Registration r = require(registration(id).orElse(null), "registration", id);
        if (r.state() == RegistrationState.CANCELLED || r.state() == RegistrationState.ATTENDED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only REGISTERED or WAITLISTED registrations can be cancelled");
        }
        Registration cancelled = r.withState(RegistrationState.CANCELLED);
        Draft d = new Draft(this);
        d.putRegistration(cancelled);
        Optional<Registration> promoted = r.holdsPlace() ? d.fillFreePlaces(events.get(r.event())).stream().findFirst()
                : Optional.empty();
        return new CancellationResult(d.trusted(), cancelled, promoted);
    }

    /**
     * Records that a registered person took part.
     *
     * @param id the registration's id, not null
     * @return the changed registry
     * @throws IllegalArgumentException if there is no such registration or it is not REGISTERED
     */
    public Registry markAttended(RegistrationId id) {
        Registration r = require(registration(id).orElse(null), "registration", id);
        if (r.state() != RegistrationState.REGISTERED) {
            throw new IllegalArgumentException("registration " + id + " is " + r.state()
                    + "; only a REGISTERED registration can be marked attended");
        }
        Draft d = new Draft(this);
        d.putRegistration(r.withState(RegistrationState.ATTENDED));
        return d.trusted();
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns the cluster organisations holding a label of at least a level valid on a day.
     *
     * @param minimum the lowest acceptable level, not null
     * @param day     the day, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> labelHolders(LabelLevel minimum, LocalDate day) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        Indexes.Structure index = structure.get();
        List<List<QualityLabel>> candidates = new ArrayList<>();
        for (LabelLevel level : LabelLevel.values()) {
            if (level.isAtLeast(minimum)) {
                candidates.add(index.labelsByLevel.getOrDefault(level, List.of()));
            }
        }
        return holdersOf(candidates, day);
    }

    /**
     * Returns the cluster organisations of one country holding a label of at least a level valid on a day.
     *
     * @param minimum the lowest acceptable level, not null
     * @param day     the day, not null
     * @param country the country, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> labelHolders(LabelLevel minimum, LocalDate day, CountryCode country) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(country, "country");
        Indexes.Structure index = structure.get();
        List<List<QualityLabel>> candidates = new ArrayList<>();
        for (LabelLevel level : LabelLevel.values()) {
            if (level.isAtLeast(minimum)) {
                candidates.add(index.labelsByLevelAndCountry.getOrDefault(level, Map.of()).getOrDefault(country, List.of()));
            }
        }
        return holdersOf(candidates, day);
    }

    /**
     * Returns the cluster organisations covering an ecosystem and holding a label of at least a
     * level valid on a day.
     *
     * @param minimum   the lowest acceptable level, not null
     * @param day       the day, not null
     * @param ecosystem the industrial ecosystem, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> labelHolders(LabelLevel minimum, LocalDate day, IndustrialEcosystem ecosystem) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ecosystem, "ecosystem");
        Indexes.Structure index = structure.get();
        List<List<QualityLabel>> candidates = new ArrayList<>();
        for (LabelLevel level : LabelLevel.values()) {
            if (level.isAtLeast(minimum)) {
                candidates.add(index.labelsByLevelAndEcosystem.getOrDefault(level, Map.of())
                        .getOrDefault(ecosystem, List.of()));
            }
        }
        return holdersOf(candidates, day);
    }

    /** The cluster organisations holding one of the labels valid on a day, in id order. */
    private List<ClusterOrganisation> holdersOf(List<List<QualityLabel>> candidates, LocalDate day) {
        List<OrganisationId> holders = new ArrayList<>();
        for (List<QualityLabel> list : candidates) {
            for (QualityLabel l : list) {
                if (l.isValidOn(day)) {
                    holders.add(l.holder());
                }
            }
        }
        holders.sort(Comparator.naturalOrder());
        Indexes.Structure index = structure.get();
        List<ClusterOrganisation> result = new ArrayList<>(holders.size());
        OrganisationId previous = null;
        for (OrganisationId id : holders) {
            // one entry per holder, in id order, whatever number of valid labels it has
            if (!id.equals(previous) && index.organisation(id) instanceof ClusterOrganisation c) {
                result.add(c);
            }
            previous = id;
        }
        return List.copyOf(result);
    }

    /**
     * Returns the highest level of label an organisation holds valid on a day.
     *
     * @param holder the organisation's id, not null
     * @param day    the day, not null
     * @return the highest valid level, or empty when it holds no valid label
     */
    public Optional<LabelLevel> highestValidLevel(OrganisationId holder, LocalDate day) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(holder, "holder");
        return structure.get().labelsOf(holder).stream().filter(l -> l.isValidOn(day)).map(QualityLabel::level)
                .max(Comparator.naturalOrder());
    }

    /**
     * Returns the direct members of an association or alliance on a day.
     *
     * @param group the association or alliance, not null
     * @param day   the day, not null
     * @return the members, in id order
     */
    public List<Organisation> directMembersOn(OrganisationId group, LocalDate day) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        return structure.get().membershipsIn(group).stream().filter(m -> m.isActiveOn(day))
                .map(Membership::member).distinct().sorted().map(organisations::get).toList();
    }

    /**
     * Returns the members of an association or alliance on a day, transitively: an alliance's
     * members are its associations and, through them, their cluster organisations.
     *
     * @param group the association or alliance, not null
     * @param day   the day, not null
     * @return every direct and indirect member, in id order
     */
    public List<Organisation> membersOn(OrganisationId group, LocalDate day) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        Set<OrganisationId> found = new TreeSet<>();
        Deque<OrganisationId> pending = new ArrayDeque<>();
        pending.add(group);
        while (!pending.isEmpty()) {
            OrganisationId current = pending.poll();
            for (Membership m : structure.get().membershipsIn(current)) {
                if (m.isActiveOn(day) && !m.member().equals(group) && found.add(m.member())) {
                    pending.add(m.member());
                }
            }
        }
        return found.stream().map(organisations::get).toList();
    }

    /**
     * Tells whether an organisation is a member of an association or alliance on a day, directly
     * or through an association that is itself a member.
     *
     * @param member the member, not null
     * @param group  the association or alliance, not null
     * @param day    the day, not null
     * @return true when it is a direct or indirect member on that day
     */
    public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        Indexes.Structure index = structure.get();
        Set<OrganisationId> seen = new HashSet<>();
        Deque<OrganisationId> pending = new ArrayDeque<>();
        pending.add(member);
        while (!pending.isEmpty()) {
            for (Membership m : index.membershipsOf(pending.poll())) {
                if (m.isActiveOn(day)) {
                    if (m.group().equals(group)) {
                        return true;
                    }
                    if (seen.add(m.group())) {
                        pending.add(m.group());
                    }
                }
            }
        }
        return false;
    }

    /**
     * Returns the roles a person holds on a day.
     *
     * @param person the person's id, not null
     * @param day    the day, not null
     * @return the roles held that day
     * @throws IllegalArgumentException if there is no such person
     */
    public List<PersonRole> rolesOn(PersonId person, LocalDate day) {
        return require(people.get(Objects.requireNonNull(person, "person")), "person", person).rolesOn(day);
    }

    /**
     * Returns the events a person takes part in: registered (in any state but cancelled), chairing,
     * speaking, proposing a topic or giving feedback.
     *
     * @param person the person's id, not null
     * @return the events, by first day and then id
     */
    public List<Event> eventsOf(PersonId person) {
        Objects.requireNonNull(person, "person");
        Set<EventId> ids = new HashSet<>();
        byPerson.get().of(person).stream()
                .filter(r -> r.state() != RegistrationState.CANCELLED)
                .forEach(r -> ids.add(r.event()));
        for (Event e : events.values()) {
            if (e.sessions().stream().flatMap(Session::referencedPeople).anyMatch(person::equals)) {
                ids.add(e.id());
            }
        }
        return ids.stream().map(events::get).sorted(byDate()).toList();
    }

    /**
     * Returns the events that take place, at least partly, within a range of days.
     *
     * @param from the first day, not null
     * @param to   the last day, not before {@code from}
     * @return the events, by first day and then id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return events.values().stream()
                .filter(e -> !e.schedule().firstDay().isAfter(to) && !e.schedule().lastDay().isBefore(from))
                .sorted(byDate()).toList();
    }

    /**
     * Returns an event's participants (registrations holding a place) by role, each with the name
     * their organisation had on the event's first day. No contact details are included.
     *
     * @param event the event's id, not null
     * @return role to participants, sorted by family name, given name and id; only roles that occur
     * @throws IllegalArgumentException if there is no such event
     */
    public Map<EventRole, List<Participant>> participantsByRole(EventId event) {
        Event e = require(events.get(Objects.requireNonNull(event, "event")), "event", event);
        LocalDate day = e.schedule().firstDay();
        Comparator<Person> byName = Comparator.comparing(Person::familyName).thenComparing(Person::givenName)
                .thenComparing(Person::id);
        Map<EventRole, List<Participant>> byRole = new EnumMap<>(EventRole.class);
        registrationsFor(event).stream().filter(Registration::holdsPlace)
                .sorted(Comparator.comparing(r -> people.get(r.person()), byName))
                .forEach(r -> {
                    Person p = people.get(r.person());
                    Organisation o = organisations.get(r.organisation());
                    byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(new Participant(p.id(), p.fullName(),
                            r.role(), o.id(), o.nameOn(day).english(), o.kind()));
                });
        Map<EventRole, List<Participant>> result = new LinkedHashMap<>();
        byRole.forEach((role, list) -> result.put(role, List.copyOf(list)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Computes an event's report from the registrations holding a place. Labels and names are
     * judged on the event's first day.
     *
     * @param event the event's id, not null
     * @return the report
     * @throws IllegalArgumentException if there is no such event
     */
    public EventReport report(EventId event) {
        Event e = require(events.get(Objects.requireNonNull(event, "event")), "event", event);
        LocalDate day = e.schedule().firstDay();
        SortedMap<RegistrationId, Registration> forEvent = registrations.getOrDefault(event, Collections.emptySortedMap());
        Indexes.Structure index = structure.get();
        // one lookup per registration: the organisation with its labels
        Map<OrganisationId, Indexes.Holder> clusters = new HashMap<>((int) (forEvent.size() / 0.75f) + 1);
        Map<EventRole, Integer> others = new EnumMap<>(EventRole.class);
        int present = 0;
        for (Registration r : forEvent.values()) {
            if (!r.holdsPlace()) {
                continue;
            }
            present++;
            Indexes.Holder holder = index.holder(r.organisation());
            if (holder != null && holder.organisation() instanceof ClusterOrganisation) {
                clusters.putIfAbsent(r.organisation(), holder);
            } else {
                others.merge(r.role(), 1, Integer::sum);
            }
        }
        Map<LabelLevel, Integer> byLabel = new EnumMap<>(LabelLevel.class);
        for (LabelLevel level : LabelLevel.values()) {
            byLabel.put(level, 0);
        }
        int withoutLabel = 0;
        Set<CountryCode> countries = new HashSet<>();
        Set<IndustrialEcosystem> ecosystems = EnumSet.noneOf(IndustrialEcosystem.class);
        long smes = 0;
        for (Indexes.Holder h : clusters.values()) {
            ClusterOrganisation c = (ClusterOrganisation) h.organisation();
            LabelLevel highest = null;
            for (QualityLabel l : h.labels()) {
                if (l.isValidOn(day) && (highest == null || l.level().isAtLeast(highest))) {
                    highest = l.level();
                }
            }
            if (highest != null) {
                byLabel.merge(highest, 1, Integer::sum);
            } else {
                withoutLabel++;
            }
            countries.add(c.country());
            for (IndustrialEcosystem ecosystem : c.ecosystems()) {
                ecosystems.add(ecosystem);
            }
            smes += c.smeMembers();
        }
        List<CountryCode> countryCodes = new ArrayList<>(countries);
        countryCodes.sort(Comparator.naturalOrder());
        Map<LabelLevel, EventReport.LabelShare> share = new EnumMap<>(LabelLevel.class);
        int[] inRegistry = index.holderCounts(day);
        for (LabelLevel level : LabelLevel.values()) {
            int represented = 0;
            for (LabelLevel held : LabelLevel.values()) {
                if (held.isAtLeast(level)) {
                    represented += byLabel.get(held);
                }
            }
            share.put(level, new EventReport.LabelShare(represented, inRegistry[level.ordinal()]));
        }
        List<EventReport.SessionSummary> sessions = e.sessions().stream()
                .map(s -> new EventReport.SessionSummary(s.order(), s.title(), s.format(),
                        s.speakers().stream().map(p -> people.get(p).fullName()).toList(), s.topics().size()))
                .toList();
        List<OrganisationId> clusterIds = new ArrayList<>(clusters.keySet());
        clusterIds.sort(Comparator.naturalOrder());
        return new EventReport(e.id(), e.title(), day, e.venue(), present, clusterIds,
                byLabel, withoutLabel, countryCodes, smes, ecosystems, others, sessions, share);
    }

    /**
     * Checks the whole registry again and reports every problem. A registry built through this
     * API is always consistent, so the list is empty; the method serves registries assembled from
     * untrusted input through {@link Builder#validate()} and as a self-check.
     *
     * @return every problem, empty when consistent
     */
    public List<Problem> validate() {
        return RegistryValidator.validate(contents(), organisations, people, labels, events, List.of());
    }

    private Contents contents() {
        return new Contents(organisations.values(), people.values(), labels.values(), memberships.values(),
                events.values(), registrations(), facts.values());
    }

    // ---------------------------------------------------------------- object methods

    @Override
    public boolean equals(Object o) {
        return o instanceof Registry r && organisations.equals(r.organisations) && people.equals(r.people)
                && labels.equals(r.labels) && memberships.equals(r.memberships) && events.equals(r.events)
                && registrations.equals(r.registrations) && facts.equals(r.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisations, people, labels, memberships, events, registrations, facts);
    }

    /** Returns the number of entities of each kind. */
    @Override
    public String toString() {
        return "Registry[organisations=" + organisations.size() + ", people=" + people.size() + ", labels="
                + labels.size() + ", memberships=" + memberships.size() + ", events=" + events.size()
                + ", registrations=" + registrations.values().stream().mapToInt(Map::size).sum() + ", facts=" + facts.size() + "]";
    }

    // ---------------------------------------------------------------- internals

    private static Comparator<Event> byDate() {
        return Comparator.comparing((Event e) -> e.schedule().firstDay()).thenComparing(Event::id);
    }

    private static <T> T require(T found, String kind, Object id) {
        if (found == null) {
            throw new IllegalArgumentException("no " + kind + " with id " + id + " in the registry");
        }
        return found;
    }

    /** The eligibility context of one applicant, backed by this registry. */
    private final class Context implements EligibilityContext {
        private final Person person;
        private final Organisation organisation;
        private final EventRole role;
        private final LocalDate date;

        Context(Person person, Organisation organisation, EventRole role, LocalDate date) {
            this.person = person;
            this.organisation = organisation;
            this.role = role;
            this.date = date;
        }

        @Override
        public Person person() {
            return person;
        }

        @Override
        public Organisation organisation() {
            return organisation;
        }

        @Override
        public EventRole role() {
            return role;
        }

        @Override
        public LocalDate date() {
            return date;
        }

        @Override
        public Optional<Organisation> organisation(OrganisationId id) {
            return Registry.this.organisation(id);
        }

        @Override
        public List<QualityLabel> labelsOf(OrganisationId holder) {
            return Registry.this.labelsOf(holder);
        }

        @Override
        public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day) {
            return Registry.this.isMemberOn(member, group, day);
        }
    }

    /**
     * The changes to a registry, turned into a new registry once done. A map is copied only when
     * first changed; registrations copy only the maps of the events they touch.
     */
    private static final class Draft {
        private final Registry base;
        private TreeMap<OrganisationId, Organisation> organisations;
        private TreeMap<PersonId, Person> people;
        private TreeMap<LabelId, QualityLabel> labels;
        private TreeMap<MembershipId, Membership> memberships;
        private TreeMap<EventId, Event> events;
        private TreeMap<EventId, SortedMap<RegistrationId, Registration>> registrations;
        private final Map<EventId, TreeMap<RegistrationId, Registration>> changedEvents = new HashMap<>();
        private final List<Registration> putRegistrations = new ArrayList<>();
        private TreeMap<FactId, StatedCount> facts;

        Draft(Registry base) {
            this.base = base;
        }

        TreeMap<OrganisationId, Organisation> organisations() {
            if (organisations == null) {
                organisations = new TreeMap<>(base.organisations);
            }
            return organisations;
        }

        TreeMap<PersonId, Person> people() {
            if (people == null) {
                people = new TreeMap<>(base.people);
            }
            return people;
        }

        TreeMap<LabelId, QualityLabel> labels() {
            if (labels == null) {
                labels = new TreeMap<>(base.labels);
            }
            return labels;
        }

        TreeMap<MembershipId, Membership> memberships() {
            if (memberships == null) {
                memberships = new TreeMap<>(base.memberships);
            }
            return memberships;
        }

        TreeMap<EventId, Event> events() {
            if (events == null) {
                events = new TreeMap<>(base.events);
            }
            return events;
        }

        TreeMap<FactId, StatedCount> facts() {
            if (facts == null) {
                facts = new TreeMap<>(base.facts);
            }
            return facts;
        }

        /** Returns the changeable registrations of one event. */
        private TreeMap<RegistrationId, Registration> registrationsOf(EventId event) {
            if (registrations == null) {
                registrations = new TreeMap<>(base.registrations);
            }
            return changedEvents.computeIfAbsent(event, e -> {
                SortedMap<RegistrationId, Registration> current = registrations.get(e);
                return current == null ? new TreeMap<>() : new TreeMap<>(current);
            });
        }

        void putRegistration(Registration r) {
            registrationsOf(r.event()).put(r.id(), r);
            putRegistrations.add(r);
        }

        /** Promotes waitlisted registrations into the event's free places, in arrival order. */
        List<Registration> fillFreePlaces(Event event) {
            List<Registration> forEvent = List.copyOf(registrationsOf(event.id()).values());
            long places = forEvent.stream().filter(Registration::holdsPlace).count();
            List<Registration> waiting = forEvent.stream().filter(r -> r.state() == RegistrationState.WAITLISTED)
                    .sorted(ARRIVAL_ORDER).toList();
            long free = event.capacity().map(c -> c - places).orElse((long) waiting.size());
            List<Registration> promoted = new ArrayList<>();
            for (int i = 0; i < free && i < waiting.size(); i++) {
                Registration p = waiting.get(i).withState(RegistrationState.REGISTERED);
                putRegistration(p);
                promoted.add(p);
            }
            return promoted;
        }

        Registry trusted() {
            SortedMap<EventId, SortedMap<RegistrationId, Registration>> byEvent = base.registrations;
            if (registrations != null) {
                changedEvents.forEach((event, forEvent) -> {
                    if (forEvent.isEmpty()) {
                        registrations.remove(event);
                    } else {
                        registrations.put(event, Collections.unmodifiableSortedMap(forEvent));
                    }
                });
                byEvent = registrations;
            }
            boolean sameStructure = organisations == null && labels == null && memberships == null;
            return new Registry(organisations == null ? base.organisations : organisations,
                    people == null ? base.people : people, labels == null ? base.labels : labels,
                    memberships == null ? base.memberships : memberships, events == null ? base.events : events,
                    byEvent, facts == null ? base.facts : facts, sameStructure ? base.structure : null, null,
                    registrationEvents());
        }

        /** The base's registration index with this draft's registrations, if the base has built it. */
        private HashTrie<RegistrationId, EventId> registrationEvents() {
            HashTrie<RegistrationId, EventId> index = base.registrationEvents.peek();
            if (index == null) {
                return null;
            }
            for (Registration r : putRegistrations) {
                index = index.put(r.id(), r.event());
            }
            return index;
        }

        Registry checked(String context) {
            Registry r = trusted();
            List<Problem> problems = r.validate();
            if (!problems.isEmpty()) {
                throw new RegistryIntegrityException(context, problems);
            }
            return r;
        }
    }

    /**
     * Collects entities for a registry and checks them all at once, so that a registry read from
     * untrusted input reports every problem together. Not thread-safe.
     */
    public static final class Builder {
        // each entity is indexed as it is added, while it is fresh in the processor's caches
        private final IdIndex<OrganisationId, Organisation> organisations =
                new IdIndex<>(Problem.EntityKind.ORGANISATION, Organisation::id);
        private final IdIndex<PersonId, Person> people = new IdIndex<>(Problem.EntityKind.PERSON, Person::id);
        private final IdIndex<LabelId, QualityLabel> labels = new IdIndex<>(Problem.EntityKind.LABEL, QualityLabel::id);
        private final IdIndex<MembershipId, Membership> memberships =
                new IdIndex<>(Problem.EntityKind.MEMBERSHIP, Membership::id);
        private final IdIndex<EventId, Event> events = new IdIndex<>(Problem.EntityKind.EVENT, Event::id);
        private final IdIndex<RegistrationId, Registration> registrations =
                new IdIndex<>(Problem.EntityKind.REGISTRATION, Registration::id);
        private final IdIndex<FactId, StatedCount> facts = new IdIndex<>(Problem.EntityKind.FACT, StatedCount::id);

        private Builder() {
        }

        /**
         * Adds an organisation.
         *
         * @param organisation the organisation, not null
         * @return this builder
         */
        public Builder add(Organisation organisation) {
            organisations.add(Objects.requireNonNull(organisation, "organisation"));
            return this;
        }

        /**
         * Adds a person.
         *
         * @param person the person, not null
         * @return this builder
         */
        public Builder add(Person person) {
            people.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        /**
         * Adds a label.
         *
         * @param label the label, not null
         * @return this builder
         */
        public Builder add(QualityLabel label) {
            labels.add(Objects.requireNonNull(label, "label"));
            return this;
        }

        /**
         * Adds a membership.
         *
         * @param membership the membership, not null
         * @return this builder
         */
        public Builder add(Membership membership) {
            memberships.add(Objects.requireNonNull(membership, "membership"));
            return this;
        }

        /**
         * Adds an event.
         *
         * @param event the event, not null
         * @return this builder
         */
        public Builder add(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds a registration as it is, without eligibility checks.
         *
         * @param registration the registration, not null
         * @return this builder
         */
        public Builder add(Registration registration) {
            registrations.add(Objects.requireNonNull(registration, "registration"));
            return this;
        }

        /**
         * Adds a stated fact.
         *
         * @param fact the fact, not null
         * @return this builder
         */
        public Builder add(StatedCount fact) {
            facts.add(Objects.requireNonNull(fact, "fact"));
            return this;
        }

        /**
         * Finds every problem of the collected content at once: duplicate ids, dangling references,
         * wrong kinds, late renewals, overlapping memberships, double registrations, capacity.
         *
         * @return every problem, empty when the content is consistent
         */
        public List<Problem> validate() {
            return new Indexed(this).problems;
        }

        /**
         * Builds the registry.
         *
         * @return the registry
         * @throws RegistryIntegrityException naming every problem, if there is any
         */
        public Registry build() {
            Indexed indexed = new Indexed(this);
            if (!indexed.problems.isEmpty()) {
                throw new RegistryIntegrityException("cannot build registry", indexed.problems);
            }
            // registrations in id order, grouped by event: each group is in id order too
            Map<EventId, List<Registration>> grouped = new HashMap<>();
            for (Registration r : indexed.registrations.inOrder()) {
                grouped.computeIfAbsent(r.event(), e -> new ArrayList<>()).add(r);
            }
            TreeMap<EventId, SortedMap<RegistrationId, Registration>> byEvent = new TreeMap<>();
            grouped.forEach((event, forEvent) -> byEvent.put(event,
                    SortedArrayMap.of(forEvent, Registration::id)));
            return new Registry(indexed.organisations.toSortedMap(), indexed.people.toSortedMap(),
                    indexed.labels.toSortedMap(), indexed.memberships.toSortedMap(), indexed.events.toSortedMap(),
                    byEvent, indexed.facts.toSortedMap(), null, List.copyOf(indexed.registrations.inOrder()), null);
        }

        /** The collected entities indexed by id, once, and every problem they have. */
        private static final class Indexed {
            final List<Problem> problems;
            final IdIndex<OrganisationId, Organisation> organisations;
            final IdIndex<PersonId, Person> people;
            final IdIndex<LabelId, QualityLabel> labels;
            final IdIndex<MembershipId, Membership> memberships;
            final IdIndex<EventId, Event> events;
            final IdIndex<RegistrationId, Registration> registrations;
            final IdIndex<FactId, StatedCount> facts;

            Indexed(Builder b) {
                organisations = b.organisations;
                people = b.people;
                labels = b.labels;
                memberships = b.memberships;
                events = b.events;
                registrations = b.registrations;
                facts = b.facts;
                List<Problem> duplicates = new ArrayList<>();
                for (IdIndex<?, ?> index : List.of(organisations, people, labels, memberships, events, registrations,
                        facts)) {
                    duplicates.addAll(index.duplicates());
                }
                problems = RegistryValidator.validate(new Contents(organisations.items(), people.items(), labels.items(),
                        memberships.items(), events.items(), registrations.items(), facts.items()), organisations.byId(),
                        people.byId(), labels.byId(), events.byId(), duplicates);
            }
        }
    }
}
