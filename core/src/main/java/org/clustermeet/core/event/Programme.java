package org.clustermeet.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.participation.AttendanceMode;

/**
 * The rules an event's sessions keep together: sorted by order, ids and orders unique, each inside
 * the event's schedule, each delivered in a way the event offers. Checked when an event is made.
 */
final class Programme {

    private Programme() {
    }

    /** Returns the sessions sorted by order, or fails naming the event and the session at fault. */
    static List<Session> checked(EventId id, List<Session> sessions, EventSchedule schedule) {
        List<Session> sorted = new ArrayList<>(Objects.requireNonNull(sessions, "sessions"));
        sorted.forEach(s -> Objects.requireNonNull(s, "session"));
        sorted.sort(Comparator.comparingInt(Session::order));
        Set<SessionId> ids = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (Session s : sorted) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("event " + id + ": session id " + s.id() + " occurs twice");
            }
            if (!orders.add(s.order())) {
                throw new IllegalArgumentException("event " + id + ": two sessions have order " + s.order());
            }
            if (s.slot().isPresent() && !schedule.contains(s.slot().get())) {
                throw new IllegalArgumentException("event " + id + ": session " + s.id() + " (" + s.slot().get()
                        + ") lies outside the event (" + schedule + ")");
            }
        }
        return List.copyOf(sorted);
    }

    /** Fails when a session is delivered in a way the event does not offer (only a hybrid event mixes). */
    static void checkDelivery(EventId id, List<Session> sessions, Delivery delivery) {
        for (Session s : sessions) {
            AttendanceMode m = s.delivery().map(Delivery::mode).orElse(delivery.mode());
            if (m != delivery.mode() && delivery.mode() != AttendanceMode.HYBRID) {
                throw new IllegalArgumentException("event " + id + " is " + delivery.mode() + ", so session " + s.id()
                        + " cannot be " + m);
            }
        }
    }

    /** Fails when a session names a room the event's venue does not have. */
    static void checkRooms(EventId id, List<Session> sessions, Optional<Venue> venue) {
        for (Session s : sessions) {
            if (s.room().isEmpty()) {
                continue;
            }
            String room = s.room().get();
            if (venue.isEmpty() || venue.get().room(room).isEmpty()) {
                String known = venue.map(v -> v.rooms().stream().map(Room::name).collect(Collectors.joining(", ")))
                        .filter(k -> !k.isEmpty()).map(k -> " (its rooms: " + k + ")").orElse(" (it lists no rooms)");
                throw new IllegalArgumentException("event " + id + ": session " + s.id() + " is in room \"" + room
                        + "\", which the venue does not have" + known);
            }
        }
    }
}
