package org.clustermeet.core.event;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;

/**
 * Two sessions of one event at overlapping times that cannot both happen: they share a room, or a
 * person speaks in both. A session marked {@link Session#mayOverlap()} clashes with nothing.
 * Sessions without a time slot cannot clash. Immutable.
 *
 * @param first   the session earlier in the programme, not null
 * @param second  the other session, not null
 * @param room    the room both are in, if the clash is a room's; not null
 * @param speaker the person speaking in both, if the clash is a speaker's; not null
 * @param overlap when both take place, in the first session's time zone; not null
 */
public record Clash(SessionId first, SessionId second, Optional<String> room, Optional<PersonId> speaker,
                    TimeSlot overlap) {

    /**
     * Validates the clash.
     *
     * @param first   the first session, not null
     * @param second  the second session, not null
     * @param room    the shared room, if any; not null
     * @param speaker the shared speaker, if any; not null
     * @param overlap the overlap, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if it names neither or both of a room and a speaker
     */
    public Clash {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(overlap, "overlap");
        if (room.isPresent() == speaker.isPresent()) {
            throw new IllegalArgumentException("a clash is a room's or a speaker's: sessions " + first + " and " + second);
        }
    }

    /**
     * Finds every clash among an event's sessions, in programme order: each pair once per shared
     * room and once per shared speaker.
     *
     * @param event the event, not null
     * @return the clashes, not null
     */
    public static List<Clash> in(Event event) {
        List<Session> timed = event.sessions().stream()
                .filter(s -> s.slot().isPresent() && !s.mayOverlap())
                .toList();
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            Session a = timed.get(i);
            for (int j = i + 1; j < timed.size(); j++) {
                Session b = timed.get(j);
                Optional<TimeSlot> overlap = overlap(a.slot().get(), b.slot().get());
                if (overlap.isEmpty()) {
                    continue;
                }
                if (a.room().isPresent() && a.room().equals(b.room())) {
                    clashes.add(new Clash(a.id(), b.id(), a.room(), Optional.empty(), overlap.get()));
                }
                for (PersonId speaker : a.speakers()) {
                    if (b.speakers().contains(speaker)) {
                        clashes.add(new Clash(a.id(), b.id(), Optional.empty(), Optional.of(speaker), overlap.get()));
                    }
                }
            }
        }
        return List.copyOf(clashes);
    }

    /** The time two slots share, in the first one's zone, if they share any (touching ends do not). */
    static Optional<TimeSlot> overlap(TimeSlot a, TimeSlot b) {
        ZonedDateTime start = a.start().isAfter(b.start()) ? a.start() : b.start().withZoneSameInstant(a.start().getZone());
        ZonedDateTime end = a.end().isBefore(b.end()) ? a.end() : b.end().withZoneSameInstant(a.start().getZone());
        return end.isAfter(start) ? Optional.of(new TimeSlot(start, end)) : Optional.empty();
    }

    /** {@return the clash in words, naming both sessions, the room or the speaker, and when} */
    public String describe() {
        String when = overlap.start().toLocalDate() + " " + overlap.start().toLocalTime() + " to "
                + (overlap.end().toLocalDate().equals(overlap.start().toLocalDate()) ? "" : overlap.end().toLocalDate() + " ")
                + overlap.end().toLocalTime() + " (" + overlap.start().getZone() + ")";
        return room.map(r -> "sessions " + first + " and " + second + " are both in room \"" + r + "\" from " + when)
                .orElseGet(() -> "person " + speaker.get() + " speaks in sessions " + first + " and " + second
                        + ", which overlap from " + when);
    }
}
