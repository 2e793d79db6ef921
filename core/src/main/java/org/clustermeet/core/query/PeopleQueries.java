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
