package org.clustermeet.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;

/**
 * Collects the fields of an {@link Event}, to build one or derive a changed copy: start one with
 * {@link Event#builder(EventId, String, EventKind, EventSchedule)} or {@link Event#toBuilder()}. Not
 * thread-safe.
 */
public final class EventBuilder {
    private final EventId id;
    private LocalizedText title;
    private final EventKind kind;
    private final EventSchedule schedule;
    private Optional<Venue> venue = Optional.empty();
    private final List<OrganisationId> organisers = new ArrayList<>();
    private Optional<EventId> parent = Optional.empty();
    private Optional<Integer> capacity = Optional.empty();
    private Optional<EligibilityRule> eligibility = Optional.empty();
    private EventStatus status = EventStatus.PLANNED;
    private final List<WebLink> materials = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private RegistrationWindow registrationWindow = RegistrationWindow.UNTIL_START;
    private final Set<EventRole> affiliationWaivedFor = EnumSet.noneOf(EventRole.class);
    private final List<StatedFigure> statedFigures = new ArrayList<>();
    private Delivery delivery = Delivery.IN_PERSON;
    private Optional<Integer> onlineCapacity = Optional.empty();
    private boolean openRegistration;
    private AdmittedKinds admittedKinds = AdmittedKinds.DEFAULT;

    EventBuilder(EventId id, LocalizedText title, EventKind kind, EventSchedule schedule) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Starts from an event's values, to derive a changed copy. */
    EventBuilder(Event event) {
        this(event.id(), event.title(), event.kind(), event.schedule());
        this.venue = event.venue();
        this.parent = event.parent();
        this.capacity = event.capacity();
        this.eligibility = event.eligibility();
        this.status = event.status();
        this.registrationWindow = event.registrationWindow();
        this.delivery = event.delivery();
        this.onlineCapacity = event.onlineCapacity();
        this.openRegistration = event.openRegistration();
        this.admittedKinds = event.admittedKinds();
        this.organisers.addAll(event.organisers());
        this.materials.addAll(event.materials());
        this.languages.addAll(event.languages());
        this.sessions.addAll(event.sessions());
        this.affiliationWaivedFor.addAll(event.affiliationWaivedFor());
        this.statedFigures.addAll(event.statedFigures());
    }

    /** Replaces the sessions, for {@link Event#withSessions(List)}. */
    EventBuilder replaceSessions(List<Session> sessions) {
        this.sessions.clear();
        this.sessions.addAll(sessions);
        return this;
    }

    /**
     * Adds the title in another language.
     *
     * @param languageTag the BCP 47 tag, not null
     * @param title       the title in that language, not blank
     * @return this builder
     */
    public EventBuilder localTitle(String languageTag, String title) {
        this.title = this.title.with(languageTag, title);
        return this;
    }

    /**
     * Sets the venue.
     *
     * @param venue the venue, not null
     * @return this builder
     */
    public EventBuilder venue(Venue venue) {
        this.venue = Optional.of(Objects.requireNonNull(venue, "venue"));
        return this;
    }

    /**
     * Adds organisers.
     *
     * @param organisers the organising organisations, not null
     * @return this builder
     */
    public EventBuilder organisers(OrganisationId... organisers) {
        this.organisers.addAll(List.of(organisers));
        return this;
    }

    /**
     * Sets the parent event.
     *
     * @param parent the parent, not null
     * @return this builder
     */
    public EventBuilder parent(EventId parent) {
        this.parent = Optional.of(Objects.requireNonNull(parent, "parent"));
        return this;
    }

    /**
     * Limits the number of places.
     *
     * @param capacity the places, at least 1
     * @return this builder
     */
    public EventBuilder capacity(int capacity) {
        this.capacity = Optional.of(capacity);
        return this;
    }

    /**
     * Restricts registration.
     *
     * @param eligibility the policy, not null
     * @return this builder
     */
    public EventBuilder eligibility(EligibilityRule eligibility) {
        this.eligibility = Optional.of(Objects.requireNonNull(eligibility, "eligibility"));
        return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status, not null
     * @return this builder
     */
    public EventBuilder status(EventStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    /**
     * Adds published material.
     *
     * @param materials links, not null
     * @return this builder
     */
    public EventBuilder materials(WebLink... materials) {
        this.materials.addAll(List.of(materials));
        return this;
    }

    /**
     * Adds working languages.
     *
     * @param languageTags BCP 47 tags, not null
     * @return this builder
     */
    public EventBuilder languages(String... languageTags) {
        this.languages.addAll(List.of(languageTags));
        return this;
    }

    /**
     * Adds sessions.
     *
     * @param sessions the sessions, not null
     * @return this builder
     */
    public EventBuilder sessions(Session... sessions) {
        this.sessions.addAll(List.of(sessions));
        return this;
    }

    /**
     * Sets when registration requests are accepted.
     *
     * @param window the window, not null
     * @return this builder
     */
    public EventBuilder registrationWindow(RegistrationWindow window) {
        this.registrationWindow = Objects.requireNonNull(window, "window");
        return this;
    }

    /**
     * Lets people registering in some roles (invited speakers, say) represent an organisation
     * at which they hold no role.
     *
     * @param roles the roles, not null
     * @return this builder
     */
    public EventBuilder waiveAffiliationFor(EventRole... roles) {
        this.affiliationWaivedFor.addAll(List.of(roles));
        return this;
    }

    /**
     * Adds figures that sources state about the event.
     *
     * @param figures the figures, at most one per kind; not null
     * @return this builder
     */
    public EventBuilder stated(StatedFigure... figures) {
        this.statedFigures.addAll(List.of(figures));
        return this;
    }

    /**
     * Sets how the event is delivered.
     *
     * @param delivery in person, online or hybrid; not null
     * @return this builder
     */
    public EventBuilder delivery(Delivery delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        return this;
    }

    /**
     * Limits the number of online places of an online or hybrid event.
     *
     * @param onlineCapacity the places, at least 1
     * @return this builder
     */
    public EventBuilder onlineCapacity(int onlineCapacity) {
        this.onlineCapacity = Optional.of(onlineCapacity);
        return this;
    }

    /**
     * Opens registration to anyone, through the registration server's open form.
     *
     * @param open true to let anyone register themselves
     * @return this builder
     */
    public EventBuilder openRegistration(boolean open) {
        this.openRegistration = open;
        return this;
    }

    /**
     * Lets one role at the event be taken by people holding a role of these kinds at the
     * organisation they represent, in place of what it admitted before: a meeting of cluster
     * managers that also admits deputies says {@code admitKinds(CLUSTER_MANAGER, MANAGER,
     * DEPUTY_MANAGER)}.
     *
     * @param role  the role at the event, not null
     * @param kinds the kinds of role at the organisation, at least one; not null
     * @return this builder
     * @throws IllegalArgumentException if no kind is given
     */
    public EventBuilder admitKinds(EventRole role, RoleKind... kinds) {
        this.admittedKinds = admittedKinds.with(role, Set.copyOf(List.of(kinds)));
        return this;
    }

    /**
     * Sets which kinds of role at the represented organisation may take each role at the event
     * (by default, {@link AdmittedKinds#DEFAULT}).
     *
     * @param admittedKinds the kinds, not null
     * @return this builder
     */
    public EventBuilder admittedKinds(AdmittedKinds admittedKinds) {
        this.admittedKinds = Objects.requireNonNull(admittedKinds, "admittedKinds");
        return this;
    }

    /**
     * Builds the event.
     *
     * @return the validated event
     * @throws IllegalArgumentException if a rule of {@link Event} is broken
     */
    public Event build() {
        return new Event(id, title, kind, schedule, venue, organisers, parent, capacity, eligibility, status,
                materials, languages, sessions, registrationWindow, affiliationWaivedFor, statedFigures, delivery,
                onlineCapacity, openRegistration, admittedKinds);
    }
}
