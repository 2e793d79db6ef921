package org.clustermeet.core.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.internal.PersistentSortedMap;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;

/**
 * What the registration rules ask about one event's registrations, kept up to date by every change
 * rather than counted again: the places held and the waiting list of each kind of place (in person,
 * online) in arrival order, and the registrations by person. Each question costs O(log n)
 * whatever the event's size, and a change of one registration changes the roster in O(log n).
 * Immutable and thread-safe.
 */
public final class EventRoster {

    /** The roster of an event without registrations. */
    static final EventRoster EMPTY = new EventRoster(new int[AttendanceMode.values().length], emptyWaiting(),
            PersistentSortedMap.empty(), new int[AttendanceMode.values().length]);

    /** The order of a waiting list: arrival time (none first), then id. */
    record Arrival(Instant at, RegistrationId id) implements Comparable<Arrival> {

        static Arrival of(Registration r) {
            return new Arrival(r.registeredAt().orElse(Instant.MIN), r.id());
        }

        @Override
        public int compareTo(Arrival o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    /** A registration's key among a person's: its person, then its id. */
    record Holder(PersonId person, RegistrationId id) implements Comparable<Holder> {

        static Holder of(Registration r) {
            return new Holder(r.person(), r.id());
        }

        /** The key before every registration of a person (a null id sorts first). */
        static Holder first(PersonId person) {
            return new Holder(person, null);
        }

        @Override
        public int compareTo(Holder o) {
            int c = person.compareTo(o.person);
            if (c != 0) {
                return c;
            }
            if (id == null || o.id == null) {
                return id == null ? (o.id == null ? 0 : -1) : 1;
            }
            return id.compareTo(o.id);
        }
    }

    /** Registrations holding a place, by attendance mode's ordinal. */
    private final int[] places;
    /** The waiting registrations, by attendance mode's ordinal, in arrival order. */
    private final PersistentSortedMap<Arrival, Registration>[] waiting;
    /** Every registration of the event, in any state, by person then id. */
    private final PersistentSortedMap<Holder, Registration> byPerson;
    /** The active registrations, counted by attendance mode's ordinal. */
    private final int[] activeByMode;

    private EventRoster(int[] places, PersistentSortedMap<Arrival, Registration>[] waiting,
                        PersistentSortedMap<Holder, Registration> byPerson, int[] activeByMode) {
        this.places = places;
        this.waiting = waiting;
        this.byPerson = byPerson;
        this.activeByMode = activeByMode;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of one generic type, filled here
    private static PersistentSortedMap<Arrival, Registration>[] emptyWaiting() {
        PersistentSortedMap<Arrival, Registration>[] w = new PersistentSortedMap[AttendanceMode.values().length];
        java.util.Arrays.fill(w, PersistentSortedMap.empty());
        return w;
    }

    /** The roster of these registrations of one event. */
    static EventRoster of(Collection<Registration> registrations) {
        EventRoster roster = EMPTY;
        for (Registration r : registrations) {
            roster = roster.with(null, r);
        }
        return roster;
    }

    /**
     * This roster with one registration changed: {@code old} (or null) leaves, {@code now} (or null) enters.
     *
     * @return the changed roster
     */
    EventRoster with(Registration old, Registration now) {
        if (old != null && now != null && old.attends() == now.attends() && old.state().isActive()
                == now.state().isActive() && old.person().equals(now.person())
                && (old.state() == RegistrationState.WAITLISTED) == (now.state() == RegistrationState.WAITLISTED)
                && old.registeredAt().equals(now.registeredAt())) {
            // the same place in every map (a registered person marked as attended, say): one put each
            int mode = now.attends().ordinal();
            int[] p = places;
            if (old.holdsPlace() != now.holdsPlace()) {
                p = places.clone();
                p[mode] += now.holdsPlace() ? 1 : -1;
            }
            PersistentSortedMap<Arrival, Registration>[] w = waiting;
            if (now.state() == RegistrationState.WAITLISTED) {
                w = waiting.clone();
                w[mode] = w[mode].put(Arrival.of(now), now);
            }
            return new EventRoster(p, w, byPerson.put(Holder.of(now), now), activeByMode);
        }
        int[] p = places.clone();
        PersistentSortedMap<Arrival, Registration>[] w = waiting.clone();
        PersistentSortedMap<Holder, Registration> a = byPerson;
        int[] m = activeByMode.clone();
        if (old != null) {
            int mode = old.attends().ordinal();
            if (old.holdsPlace()) {
                p[mode]--;
            }
            if (old.state() == RegistrationState.WAITLISTED) {
                w[mode] = w[mode].remove(Arrival.of(old));
            }
            a = a.remove(Holder.of(old));
            if (old.state().isActive()) {
                m[mode]--;
            }
        }
        if (now != null) {
            int mode = now.attends().ordinal();
            if (now.holdsPlace()) {
                p[mode]++;
            }
            if (now.state() == RegistrationState.WAITLISTED) {
                w[mode] = w[mode].put(Arrival.of(now), now);
            }
            a = a.put(Holder.of(now), now);
            if (now.state().isActive()) {
                m[mode]++;
            }
        }
        return new EventRoster(p, w, a, m);
    }

    /**
     * Returns how many registrations hold a place of one kind (registered or attended).
     *
     * @param mode the kind of place, not null
     * @return the number
     */
    public int placesTaken(AttendanceMode mode) {
        return places[Objects.requireNonNull(mode, "mode").ordinal()];
    }

    /**
     * Returns the waiting list for one kind of place.
     *
     * @param mode the kind of place, not null
     * @return the waitlisted registrations in arrival order (registration time, then id), as an
     *         immutable view: indexed in O(log n)
     */
    public List<Registration> waiting(AttendanceMode mode) {
        return waiting[Objects.requireNonNull(mode, "mode").ordinal()].values();
    }

    /**
     * Returns how many registrations wait before one, for its kind of place: a waiting
     * registration's position is this plus one.
     *
     * @param registration a registration of this event, waiting or about to, not null
     * @return the number waiting for the same kind of place who arrived before it
     */
    public int waitingBefore(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        return waiting[registration.attends().ordinal()].rank(Arrival.of(registration));
    }

    /**
     * Returns a person's active registrations for this event: registered, waitlisted or attended.
     * More than one is an integrity problem, which an edit refuses.
     *
     * @param person the person, not null
     * @return those registrations, in id order
     */
    public List<Registration> activeOf(PersonId person) {
        return registrationsOf(person).stream().filter(r -> r.state().isActive()).toList();
    }

    /**
     * Returns a person's registrations for this event, in every state.
     *
     * @param person the person, not null
     * @return those registrations, in id order
     */
    public List<Registration> registrationsOf(PersonId person) {
        Objects.requireNonNull(person, "person");
        List<Registration> found = new ArrayList<>(1);
        int from = byPerson.rank(Holder.first(person));
        List<Registration> all = byPerson.values();
        for (int i = from; i < all.size() && all.get(i).person().equals(person); i++) {
            found.add(all.get(i));
        }
        return found;
    }

    /** {@return every active registration, by person then id; in O(n), for the rare checks that need them all} */
    public List<Registration> active() {
        return byPerson.values().stream().filter(r -> r.state().isActive()).toList();
    }

    /**
     * Returns how many active registrations attend one way.
     *
     * @param mode how they attend, not null
     * @return the number
     */
    public int active(AttendanceMode mode) {
        return activeByMode[Objects.requireNonNull(mode, "mode").ordinal()];
    }

    /** Two rosters are equal when they hold the same registrations the same way. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EventRoster r && java.util.Arrays.equals(places, r.places)
                && java.util.Arrays.equals(waiting, r.waiting) && byPerson.equals(r.byPerson);
    }

    @Override
    public int hashCode() {
        return byPerson.hashCode();
    }

    @Override
    public String toString() {
        return "EventRoster[places in person " + placesTaken(AttendanceMode.IN_PERSON) + ", online "
                + placesTaken(AttendanceMode.ONLINE) + ", waiting " + waiting(AttendanceMode.IN_PERSON).size() + " + "
                + waiting(AttendanceMode.ONLINE).size() + ", registrations " + byPerson.size() + "]";
    }
}
