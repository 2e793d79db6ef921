package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;

/**
 * What a person did: the roles they held on a day and the events they took part in. A view of
 * one registry value; the registrations by person are indexed on first use and kept for the
 * view's life. Thread-safe.
 */
public final class PeopleQueries {

    private final Registry registry;
    private volatile Map<PersonId, List<Registration>> registrationsByPerson;

    private PeopleQueries(Registry registry) {
        this.registry = registry;
    }

    /**
     * Returns the people queries of a registry.
     *
     * @param registry the registry, not null
     * @return the view
     */
    public static PeopleQueries of(Registry registry) {
        return new PeopleQueries(Objects.requireNonNull(registry, "registry"));
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
        Objects.requireNonNull(person, "person");
        return registry.person(person).orElseThrow(() -> new IllegalArgumentException("no person with id " + person
                + " in the registry")).rolesOn(day);
    }

    /**
     * Returns the events a person takes part in: registered (waiting, holding a place or attended),
     * chairing, speaking, proposing a topic or giving feedback.
     *
     * @param person the person's id, not null
     * @return the events, by first day and then id
     */
    public List<Event> eventsOf(PersonId person) {
        Objects.requireNonNull(person, "person");
        Set<EventId> ids = new HashSet<>();
        for (Registration r : byPerson().getOrDefault(person, List.of())) {
            if (r.state().isActive()) {
                ids.add(r.event());
            }
        }
        for (Event e : registry.events()) {
            if (e.sessions().stream().flatMap(Session::referencedPeople).anyMatch(person::equals)) {
                ids.add(e.id());
            }
        }
        return ids.stream().map(id -> registry.event(id).orElseThrow()).sorted(EventQueries.BY_DATE).toList();
    }

    /**
     * Returns the people whose personal data a retention period says to erase: each registered
     * for at least one event, in any state, and every event they registered for ended before a
     * day; people already {@linkplain org.clustermeet.core.person.Person#isErased() erased} are
     * left out, so asking again after erasing them gives nobody.
     *
     * @param day the first day of the retention period: events that ended before it are past it;
     *            not null
     * @return the people, by id
     */
    public List<PersonId> lastRegisteredBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<PersonId> due = new ArrayList<>();
        for (Map.Entry<PersonId, List<Registration>> e : byPerson().entrySet()) {
            boolean past = e.getValue().stream().allMatch(r -> registry.event(r.event())
                    .map(ev -> ev.schedule().lastDay().isBefore(day)).orElse(false));
            if (past && registry.person(e.getKey()).filter(p -> !p.isErased()).isPresent()) {
                due.add(e.getKey());
            }
        }
        due.sort(null);
        return due;
    }

    private Map<PersonId, List<Registration>> byPerson() {
        Map<PersonId, List<Registration>> index = registrationsByPerson;
        if (index == null) {
            Map<PersonId, List<Registration>> built = new HashMap<>();
            for (Registration r : registry.registrations()) {
                built.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
            }
            index = Map.copyOf(built);
            registrationsByPerson = index;
        }
        return index;
    }
}
