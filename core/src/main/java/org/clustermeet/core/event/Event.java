package org.clustermeet.core.event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;

/**
 * An event: a conference, thematic meeting, summit, matchmaking, webinar or side event, with its
 * sessions. Sessions are kept in programme order; each session's time slot must lie inside the
 * event. A side event names its parent event. Registrations are kept by the registry, not here.
 * Immutable and thread-safe; build one with {@link #builder(EventId, String, EventKind, EventSchedule)}.
 *
 * @param id          the identifier, not null
 * @param title       the title, not null
 * @param kind        the kind of event, not null
 * @param schedule    when it takes place, not null
 * @param venue       where it takes place; empty for online events; not null
 * @param organisers  the organising organisations, not null
 * @param parent      the event it belongs to, required for a side event; not null
 * @param capacity    the number of places, at least 1, if limited; not null
 * @param eligibility who may register, if restricted; not null
 * @param status      where the event stands, not null
 * @param materials   published material (presentations, reports), not null
 * @param languages   BCP 47 tags of the working languages, not null
 * @param sessions    the sessions, with unique ids and orders; not null
 * @param registrationWindow when requests are accepted; by default until the event starts; not null
 * @param affiliationWaivedFor the roles (invited speakers, say) whose registrations need not hold a
 *                    role at the organisation they represent; empty for none; not null
 * @param statedFigures figures that sources state about the event, at most one per figure; reports
 *                    show them beside the computed ones; not null
 * @param delivery    in person, online or hybrid, with the link to join online; not null
 * @param onlineCapacity the number of online places, at least 1, if limited; only for an online or
 *                    hybrid event ({@code capacity} counts the in-person places); not null
 * @param openRegistration whether anyone may register themselves through an open form; only for an
 *                    event that restricts nobody (no eligibility rule)
 */
public record Event(EventId id, LocalizedText title, EventKind kind, EventSchedule schedule, Optional<Venue> venue,
                    List<OrganisationId> organisers, Optional<EventId> parent, Optional<Integer> capacity,
                    Optional<EligibilityRule> eligibility, EventStatus status, List<WebLink> materials,
                    List<String> languages, List<Session> sessions, RegistrationWindow registrationWindow,
                    Set<EventRole> affiliationWaivedFor, List<StatedFigure> statedFigures, Delivery delivery,
                    Optional<Integer> onlineCapacity, boolean openRegistration) {

    /**
     * Validates the event and sorts its sessions by order.
     *
     * @param id          the identifier, not null
     * @param title       the title, not null
     * @param kind        the kind of event, not null
     * @param schedule    when it takes place, not null
     * @param venue       where it takes place; empty for online events; not null
     * @param organisers  the organising organisations, not null
     * @param parent      the event it belongs to, required for a side event; not null
     * @param capacity    the number of places, at least 1, if limited; not null
     * @param eligibility who may register, if restricted; not null
     * @param status      where the event stands, not null
     * @param materials   published material (presentations, reports), not null
     * @param languages   BCP 47 tags of the working languages, not null
     * @param sessions    the sessions, with unique ids and orders; not null
     * @param registrationWindow when requests are accepted; by default until the event starts; not null
     * @param affiliationWaivedFor the roles (invited speakers, say) whose registrations need not hold a
     *     role at the organisation they represent; empty for none; not null
     * @param statedFigures figures that sources state about the event, at most one per figure; reports
     *     show them beside the computed ones; not null
     * @param delivery    in person, online or hybrid, with the link to join online; not null
     * @param onlineCapacity the number of online places, at least 1, if limited; only for an online or
     *     hybrid event ({@code capacity} counts the in-person places); not null
     * @param openRegistration whether anyone may register themselves through an open form; only for an
     *     event that restricts nobody (no eligibility rule)
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the capacity is below 1, a side event has no parent, the
     *                                  event is its own parent, session ids or orders repeat, a
     *                                  session lies outside the event, a language tag is ill-formed,
     *                                  or an event open to anyone has an eligibility rule
     */
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(venue, "venue");
        organisers = List.copyOf(Objects.requireNonNull(organisers, "organisers"));
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(status, "status");
        materials = List.copyOf(Objects.requireNonNull(materials, "materials"));
        languages = Objects.requireNonNull(languages, "languages").stream()
                .map(LocalizedText::languageTag).toList();
        if (kind == EventKind.SIDE_EVENT && parent.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " is a side event and must name its parent event");
        }
        if (openRegistration && eligibility.isPresent()) {
            throw new IllegalArgumentException("event " + id + " is open to anyone (openRegistration) and cannot "
                    + "restrict who may attend (eligibility)");
        }
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new IllegalArgumentException("event " + id + " cannot be its own parent");
        }
        sessions = Programme.checked(id, sessions, schedule);
        Objects.requireNonNull(registrationWindow, "registrationWindow");
        Objects.requireNonNull(affiliationWaivedFor, "affiliationWaivedFor").forEach(
                r -> Objects.requireNonNull(r, "affiliationWaivedFor element"));
        affiliationWaivedFor = affiliationWaivedFor.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(affiliationWaivedFor));
        statedFigures = List.copyOf(Objects.requireNonNull(statedFigures, "statedFigures"));
        Objects.requireNonNull(delivery, "delivery");
        delivery.checkPlaces(id, capacity, Objects.requireNonNull(onlineCapacity, "onlineCapacity"));
        Programme.checkDelivery(id, sessions, delivery);
        Programme.checkRooms(id, sessions, venue);
        Set<StatedFigure.Figure> figures = EnumSet.noneOf(StatedFigure.Figure.class);
        for (StatedFigure f : statedFigures) {
            if (!figures.add(f.figure())) {
                throw new IllegalArgumentException("event " + id + " states " + f.figure() + " twice");
            }
        }
    }

    /**
     * {@return when requests start being refused: the window's closing, else the start (whole days:
     * midnight in the venue's {@linkplain CountryCode#timeZone() zone}, else UTC)}
     */
    public Instant registrationCloses() {
        return registrationWindow.closes().orElseGet(() -> schedule.startsAt(venue.flatMap(v -> v.country().timeZone())
                .orElse(ZoneOffset.UTC)));
    }

    /**
     * Returns the number of places for people attending in a mode.
     *
     * @param attends IN_PERSON or ONLINE, not null
     * @return {@code capacity} for in person, {@code onlineCapacity} online; empty when unlimited
     */
    public Optional<Integer> capacityFor(AttendanceMode attends) {
        return Objects.requireNonNull(attends, "attends") == AttendanceMode.ONLINE ? onlineCapacity : capacity;
    }

    /**
     * {@return what a source states for one of the event's figures; empty when no source states it}
     *
     * @param figure the figure, not null
     */
    public Optional<StatedFigure> stated(StatedFigure.Figure figure) {
        Objects.requireNonNull(figure, "figure");
        return statedFigures.stream().filter(f -> f.figure() == figure).findFirst();
    }

    /**
     * Tells whether people registering in a role must hold a role at the organisation they represent.
     *
     * @param role the role at the event, not null
     * @return false when the event waives it for that role
     */
    public boolean requiresAffiliation(EventRole role) {
        return !affiliationWaivedFor.contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Starts a builder with the required fields; the status starts as PLANNED.
     *
     * @param id       the identifier, not null
     * @param title    the English title, not blank
     * @param kind     the kind of event, not null
     * @param schedule when it takes place, not null
     * @return a builder
     */
    public static Builder builder(EventId id, String title, EventKind kind, EventSchedule schedule) {
        return new Builder(id, LocalizedText.english(title), kind, schedule);
    }

    /** {@return a builder holding this event's values, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, kind, schedule);
        b.venue = venue;
        b.organisers.addAll(organisers);
        b.parent = parent;
        b.capacity = capacity;
        b.eligibility = eligibility;
        b.status = status;
        b.materials.addAll(materials);
        b.languages.addAll(languages);
        b.sessions.addAll(sessions);
        b.registrationWindow = registrationWindow;
        b.affiliationWaivedFor.addAll(affiliationWaivedFor);
        b.statedFigures.addAll(statedFigures);
        b.delivery = delivery;
        b.onlineCapacity = onlineCapacity;
        b.openRegistration = openRegistration;
        return b;
    }

    /**
     * Returns a copy in another status.
     *
     * @param status the new status, not null
     * @return the changed copy, or {@code this} if unchanged
     */
    public Event withStatus(EventStatus status) {
        return status == this.status ? this : toBuilder().status(status).build();
    }

    /**
     * {@return a copy moved to another schedule (its sessions must lie inside it)}
     *
     * @param schedule the new schedule, not null
     */
    public Event withSchedule(EventSchedule schedule) {
        return new Event(id, title, kind, schedule, venue, organisers, parent, capacity, eligibility, status, materials,
                languages, sessions, registrationWindow, affiliationWaivedFor, statedFigures, delivery, onlineCapacity,
                openRegistration);
    }

    /**
     * {@return a copy with another capacity}
     *
     * @param capacity the number of places, at least 1
     */
    public Event withCapacity(int capacity) {
        return toBuilder().capacity(capacity).build();
    }

    /**
     * Returns a copy with one session added or, if one with its id exists, replaced.
     *
     * @param session the session, lying inside the event; not null
     * @return the changed copy
     */
    public Event withSession(Session session) {
        Objects.requireNonNull(session, "session");
        Builder b = toBuilder();
        b.sessions.removeIf(s -> s.id().equals(session.id()));
        b.sessions.add(session);
        return b.build();
    }

    /**
     * {@return a copy with other sessions}
     *
     * @param sessions the sessions, lying inside the event; not null
     */
    public Event withSessions(List<Session> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        Builder b = toBuilder();
        b.sessions.clear();
        b.sessions.addAll(sessions);
        return b.build();
    }

    /**
     * {@return the session with this id, or empty}
     *
     * @param sessionId the session's id, not null
     */
    public Optional<Session> session(SessionId sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** Collects the fields of an {@link Event}; not thread-safe. */
    public static final class Builder {
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

        private Builder(EventId id, LocalizedText title, EventKind kind, EventSchedule schedule) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.schedule = Objects.requireNonNull(schedule, "schedule");
        }

        /**
         * Adds the title in another language.
         *
         * @param languageTag the BCP 47 tag, not null
         * @param title       the title in that language, not blank
         * @return this builder
         */
        public Builder localTitle(String languageTag, String title) {
            this.title = this.title.with(languageTag, title);
            return this;
        }

        /**
         * Sets the venue.
         *
         * @param venue the venue, not null
         * @return this builder
         */
        public Builder venue(Venue venue) {
            this.venue = Optional.of(Objects.requireNonNull(venue, "venue"));
            return this;
        }

        /**
         * Adds organisers.
         *
         * @param organisers the organising organisations, not null
         * @return this builder
         */
        public Builder organisers(OrganisationId... organisers) {
            this.organisers.addAll(List.of(organisers));
            return this;
        }

        /**
         * Sets the parent event.
         *
         * @param parent the parent, not null
         * @return this builder
         */
        public Builder parent(EventId parent) {
            this.parent = Optional.of(Objects.requireNonNull(parent, "parent"));
            return this;
        }

        /**
         * Limits the number of places.
         *
         * @param capacity the places, at least 1
         * @return this builder
         */
        public Builder capacity(int capacity) {
            this.capacity = Optional.of(capacity);
            return this;
        }

        /**
         * Restricts registration.
         *
         * @param eligibility the policy, not null
         * @return this builder
         */
        public Builder eligibility(EligibilityRule eligibility) {
            this.eligibility = Optional.of(Objects.requireNonNull(eligibility, "eligibility"));
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status, not null
         * @return this builder
         */
        public Builder status(EventStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Adds published material.
         *
         * @param materials links, not null
         * @return this builder
         */
        public Builder materials(WebLink... materials) {
            this.materials.addAll(List.of(materials));
            return this;
        }

        /**
         * Adds working languages.
         *
         * @param languageTags BCP 47 tags, not null
         * @return this builder
         */
        public Builder languages(String... languageTags) {
            this.languages.addAll(List.of(languageTags));
            return this;
        }

        /**
         * Adds sessions.
         *
         * @param sessions the sessions, not null
         * @return this builder
         */
        public Builder sessions(Session... sessions) {
            this.sessions.addAll(List.of(sessions));
            return this;
        }

        /**
         * Sets when registration requests are accepted.
         *
         * @param window the window, not null
         * @return this builder
         */
        public Builder registrationWindow(RegistrationWindow window) {
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
        public Builder waiveAffiliationFor(EventRole... roles) {
            this.affiliationWaivedFor.addAll(List.of(roles));
            return this;
        }

        /**
         * Adds figures that sources state about the event.
         *
         * @param figures the figures, at most one per kind; not null
         * @return this builder
         */
        public Builder stated(StatedFigure... figures) {
            this.statedFigures.addAll(List.of(figures));
            return this;
        }

        /**
         * Sets how the event is delivered.
         *
         * @param delivery in person, online or hybrid; not null
         * @return this builder
         */
        public Builder delivery(Delivery delivery) {
            this.delivery = Objects.requireNonNull(delivery, "delivery");
            return this;
        }

        /**
         * Limits the number of online places of an online or hybrid event.
         *
         * @param onlineCapacity the places, at least 1
         * @return this builder
         */
        public Builder onlineCapacity(int onlineCapacity) {
            this.onlineCapacity = Optional.of(onlineCapacity);
            return this;
        }

        /**
         * Opens registration to anyone, through the registration server's open form.
         *
         * @param open true to let anyone register themselves
         * @return this builder
         */
        public Builder openRegistration(boolean open) {
            this.openRegistration = open;
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
                    onlineCapacity, openRegistration);
        }
    }
}
