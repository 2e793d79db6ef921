package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;

/**
 * Which events fall in a period, and who takes part in an event. A view of one registry value,
 * cheap to create. Thread-safe.
 */
public final class EventQueries {

    static final Comparator<Event> BY_DATE =
            Comparator.comparing((Event e) -> e.schedule().firstDay()).thenComparing(Event::id);

    private final Registry registry;

    private EventQueries(Registry registry) {
        this.registry = registry;
    }

    /**
     * Returns the event queries of a registry.
     *
     * @param registry the registry, not null
     * @return the view
     */
    public static EventQueries of(Registry registry) {
        return new EventQueries(Objects.requireNonNull(registry, "registry"));
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
        return registry.events().stream()
                .filter(e -> !e.schedule().firstDay().isAfter(to) && !e.schedule().lastDay().isBefore(from))
                .sorted(BY_DATE).toList();
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
        Objects.requireNonNull(event, "event");
        Event e = registry.event(event).orElseThrow(() -> new IllegalArgumentException("no event with id " + event
                + " in the registry"));
        LocalDate day = e.schedule().firstDay();
        Comparator<Person> byName = Comparator.comparing((Person p) -> p.familyName().orElse(""))
                .thenComparing(p -> p.givenName().orElse("")).thenComparing(Person::id);
        Map<EventRole, List<Participant>> byRole = new EnumMap<>(EventRole.class);
        registry.registrationsFor(event).stream().filter(Registration::holdsPlace)
                .sorted(Comparator.comparing(r -> registry.person(r.person()).orElseThrow(), byName))
                .forEach(r -> {
                    Person p = registry.person(r.person()).orElseThrow();
                    Organisation o = registry.organisation(r.organisation()).orElseThrow();
                    String organisationName = o.displayNameOn(day).english();
                    byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(new Participant(p.id(),
                            p.publicName(organisationName), r.role(), o.id(), organisationName, o.kind()));
                });
        Map<EventRole, List<Participant>> result = new LinkedHashMap<>();
        byRole.forEach((role, list) -> result.put(role, List.copyOf(list)));
        return Collections.unmodifiableMap(result);
    }
}
