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
import org.clustermeet.core.person.RoleKind;
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
 * @param admittedKinds which kinds of role at the represented organisation may take each role at the
 *                    event (a cluster manager must be a manager, by default); not checked for a role
 *                    whose affiliation the event waives; not null
 */
public record Event(EventId id, LocalizedText title, EventKind kind, EventSchedule schedule, Optional<Venue> venue,
                    List<OrganisationId> organisers, Optional<EventId> parent, Optional<Integer> capacity,
                    Optional<EligibilityRule> eligibility, EventStatus status, List<WebLink> materials,
                    List<String> languages, List<Session> sessions, RegistrationWindow registrationWindow,
                    Set<EventRole> affiliationWaivedFor, List<StatedFigure> statedFigures, Delivery delivery,
                    Optional<Integer> onlineCapacity, boolean openRegistration, AdmittedKinds admittedKinds) {

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
     * @param admittedKinds which kinds of role at the represented organisation may take each role at
     *     the event (a cluster manager must be a manager, by default); not checked for a role whose
     *     affiliation the event waives; not null
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
        Objects.requireNonNull(admittedKinds, "admittedKinds");
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
     * Tells whether a kind of role at the represented organisation may take a role at the event.
     *
     * @param role the role at the event, not null
     * @param kind the kind of role held at the organisation, if stated; not null
     * @return true when the event waives the affiliation for that role, the role admits any kind, or
     *     it admits this stated kind
     */
    public boolean admits(EventRole role, Optional<RoleKind> kind) {
        return !requiresAffiliation(role) || admittedKinds.admits(role, kind);
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
    public static EventBuilder builder(EventId id, String title, EventKind kind, EventSchedule schedule) {
        return new EventBuilder(id, LocalizedText.english(title), kind, schedule);
    }

    /** {@return a builder holding this event's values, to derive a changed copy} */
    public EventBuilder toBuilder() {
        return new EventBuilder(this);
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
                openRegistration, admittedKinds);
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
        List<Session> changed = new ArrayList<>(sessions);
        changed.removeIf(s -> s.id().equals(session.id()));
        changed.add(session);
        return toBuilder().replaceSessions(changed).build();
    }

    /**
     * {@return a copy with other sessions}
     *
     * @param sessions the sessions, lying inside the event; not null
     */
    public Event withSessions(List<Session> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        return toBuilder().replaceSessions(sessions).build();
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
}
