package org.clustermeet.server.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.checkin.CheckInToken;
import org.clustermeet.server.checkin.TokenCheck;

/**
 * Check-in at the door: a scanned badge code is checked against the server's key and the event
 * at hand, and a registration holding a place is marked attended through the store's workflow,
 * with the organiser as actor. A second scan says when the first one was; a forged, altered or
 * other event's code, and a registration that holds no place, are refused with the reason.
 */
public final class Door {

    /** What a scan came to. */
    public enum Kind {
        /** Marked attended now. */
        CHECKED_IN,
        /** Was marked attended before; nothing changed. */
        ALREADY_CHECKED_IN,
        /** Refused; nothing changed. */
        REFUSED
    }

    /**
     * The answer to a scan, in the page's language.
     *
     * @param kind         what it came to
     * @param registration the registration the code names, when it is a valid code of this event
     * @param person       the person's name (the organiser's view), or an empty text
     * @param organisation the organisation, or an empty text
     * @param role         the role at the event, or an empty text
     * @param time         when the person was checked in (HH:mm, the venue's time), or an empty text
     * @param reason       why it was refused, or an empty text
     * @param attended     how many of the event's registrations are checked in, after the scan
     * @param holding      how many hold a place (checked in or not)
     */
    public record Scan(Kind kind, Optional<Registration> registration, String person, String organisation,
                       String role, String time, String reason, int attended, int holding) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Desk desk;
    private final Optional<CheckInKey> key;
    private final Clock clock;

    /**
     * @param desk  the actions on the store
     * @param key   the server's check-in key, if it has one
     * @param clock the clock that says which day it is at the venue
     */
    public Door(Desk desk, Optional<CheckInKey> key, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@return the key}
     *
     * @throws WebProblem 409 when the server was started without one, saying how to give one
     */
    public CheckInKey key() {
        return key.orElseThrow(() -> new WebProblem(409, "this server has no check-in secret: start it with "
                + "--check-in-secret FILE to print badges and check people in", null));
    }

    /**
     * Checks a scanned code in at an event.
     *
     * @param event the event at whose door the scan is made
     * @param code  what the scanner typed
     * @param actor the organiser scanning
     * @param t     the page's texts
     * @return what it came to
     */
    public Scan scan(Event event, String code, Actor actor, Texts t) {
        CheckInKey checkInKey = key();
        TokenCheck check = checkInKey.check(code);
        if (check instanceof TokenCheck.Invalid invalid) {
            return refused(event, t.get(invalid.problem() == TokenCheck.Problem.NOT_A_TOKEN ? "checkin.not-a-code"
                    : "checkin.forged"));
        }
        CheckInToken token = ((TokenCheck.Valid) check).token();
        Registry registry = desk.registry();
        if (!token.event().equals(event.id())) {
            String other = registry.event(token.event()).map(e -> e.title().get(t.locale()))
                    .orElse(token.event().value());
            return refused(event, t.get("checkin.other-event", Echo.inert(other)));
        }
        ZoneId zone = zone(event);
        if (today(event).isBefore(event.schedule().firstDay())) {
            return refused(event, t.get("checkin.too-early", event.schedule().firstDay()));
        }
        Optional<Registration> found = registry.registration(token.registration())
                .filter(r -> r.event().equals(event.id()));
        if (found.isEmpty()) {
            return refused(event, t.get("checkin.no-registration", token.registration()));
        }
        Registration r = found.get();
        if (r.state() == RegistrationState.REGISTERED) {
            try {
                Registration attended = desk.store().markAttended(r.id(), actor).attended();
                return answer(Kind.CHECKED_IN, event, attended, t, TIME.format(clock.instant().atZone(zone)), "");
            } catch (IllegalArgumentException e) {
                // another door scanned the same badge a moment ago: read what it recorded
                r = desk.registry().registration(r.id()).orElse(r);
            }
        }
        if (r.state() == RegistrationState.ATTENDED) {
            return answer(Kind.ALREADY_CHECKED_IN, event, r, t, checkedInAt(r, zone), "");
        }
        return answer(Kind.REFUSED, event, r, t, "", t.get("checkin.no-place",
                t.get("state." + Views.spelling(r.state().name()))));
    }

    /**
     * Tells whether an event may be marked held now: planned or postponed, and its first day begun
     * at the venue.
     *
     * @param event the event
     * @return true when {@link #markHeld} would do it
     */
    public boolean mayMarkHeld(Event event) {
        return (event.status() == EventStatus.PLANNED || event.status() == EventStatus.POSTPONED)
                && !today(event).isBefore(event.schedule().firstDay());
    }

    /**
     * Records that an event was held: from then on, the reports count every registration holding a
     * place that was not checked in as a no-show.
     *
     * @param event the event
     * @param actor the organiser
     * @return the event, now held
     * @throws WebProblem 409 when the event is not planned or postponed, or has not begun
     */
    public Event markHeld(Event event, Actor actor) {
        if (!mayMarkHeld(event)) {
            throw new WebProblem(409, event.status() == EventStatus.PLANNED || event.status() == EventStatus.POSTPONED
                    ? "event " + event.id() + " begins on " + event.schedule().firstDay()
                            + ": it can be marked held from that day"
                    : "event " + event.id() + " is " + event.status().name().toLowerCase(java.util.Locale.ROOT)
                            + ": only a planned or postponed event can be marked held", null);
        }
        return desk.store().changeEvent(event.withStatus(EventStatus.HELD), actor).registry().event(event.id())
                .orElseThrow();
    }

    private LocalDate today(Event event) {
        return LocalDate.now(clock.withZone(zone(event)));
    }

    private static ZoneId zone(Event event) {
        return event.venue().flatMap(v -> v.country().timeZone()).orElse(ZoneOffset.UTC);
    }

    private String checkedInAt(Registration r, ZoneId zone) {
        List<HistoryEntry> history = desk.store().history(r.id());
        return history.stream().filter(h -> h.happening().kind() == Happening.Kind.ATTENDED)
                .reduce((first, second) -> second).map(HistoryEntry::at).map(at -> format(at, zone)).orElse("");
    }

    private String format(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        String time = TIME.format(at.atZone(zone));
        return day.equals(LocalDate.now(clock.withZone(zone))) ? time : day + " " + time;
    }

    private Scan answer(Kind kind, Event event, Registration r, Texts t, String time, String reason) {
        Registry registry = desk.registry();
        Views.RegistrationView view = Views.registration(registry, r, t);
        return new Scan(kind, Optional.of(r), view.person(), view.organisation(), view.role(), time, reason,
                attended(registry, event), holding(registry, event));
    }

    private Scan refused(Event event, String reason) {
        Registry registry = desk.registry();
        return new Scan(Kind.REFUSED, Optional.empty(), "", "", "", "", reason, attended(registry, event),
                holding(registry, event));
    }

    static int attended(Registry registry, Event event) {
        return (int) registry.roster(event.id()).active().stream()
                .filter(r -> r.state() == RegistrationState.ATTENDED).count();
    }

    static int holding(Registry registry, Event event) {
        return (int) registry.roster(event.id()).active().stream().filter(r -> r.state().holdsPlace()).count();
    }
}
