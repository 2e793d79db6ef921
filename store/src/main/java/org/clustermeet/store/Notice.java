package org.clustermeet.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.workflow.Actor;

/**
 * Something a person is to be told, kept in the store's {@link Outbox}: written in the same
 * transaction as the change that causes it, so that a committed change is never left untold and
 * nothing untold is ever committed. What it says, and in which language, is decided when it is
 * sent; its id is fixed when it is written, so that a message sent twice (after a crash between
 * sending and recording it) is recognisable. Immutable.
 *
 * @param id           unique, fixed when the notice is written, sorting by time within a process; not null
 * @param kind         what happened, not null
 * @param event        the event, not null
 * @param person       the person to tell, not null
 * @param registration the registration it is about, if any (an invitation has none); not null
 * @param position     the place on the waiting list for {@link Kind#WAITLISTED}, else 0
 * @param reasons      why a registration was refused, in English and in Polish (same order);
 *                     empty unless refused; not null
 * @param actor        who caused it, not null
 * @param createdAt    when it was written, not null
 */
public record Notice(String id, Kind kind, EventId event, PersonId person, Optional<RegistrationId> registration,
                     int position, Reasons reasons, Actor actor, Instant createdAt) {

    /** What a person is told about. */
    public enum Kind {
        /** Invited to the event. */
        INVITED,
        /** The registration holds a place. */
        ACCEPTED,
        /** The registration is on the waiting list, at {@code position}. */
        WAITLISTED,
        /** A place freed up and the waiting registration took it. */
        PROMOTED,
        /** Refused, with every reason: when registering, or when a place freed up. */
        REFUSED,
        /** The person cancelled their registration. */
        CANCELLED,
        /** An organiser cancelled the registration. */
        CANCELLED_BY_ORGANISER,
        /** The event's dates, times or venue changed. */
        EVENT_CHANGED,
        /** The organiser cancelled the event. */
        EVENT_CANCELLED
    }

    /**
     * Reasons in both languages the server speaks, decided when the refusal was made.
     *
     * @param english in English, not null
     * @param polish  in Polish, as many as in English; not null
     */
    public record Reasons(List<String> english, List<String> polish) {

        /** No reasons. */
        public static final Reasons NONE = new Reasons(List.of(), List.of());

        /**
         * Copies the lists.
         *
         * @param english not null
         * @param polish  not null, as long as {@code english}
         * @throws IllegalArgumentException if the lists differ in length
         */
        public Reasons {
            english = List.copyOf(english);
            polish = List.copyOf(polish);
            if (english.size() != polish.size()) {
                throw new IllegalArgumentException("reasons: " + english.size() + " in English but " + polish.size()
                        + " in Polish");
            }
        }
    }

    /**
     * Validates the notice.
     *
     * @param id           not blank
     * @param kind         not null
     * @param event        not null
     * @param person       not null
     * @param registration not null
     * @param position     at least 0
     * @param reasons      not null
     * @param actor        not null
     * @param createdAt    not null
     * @throws IllegalArgumentException naming the field, if one is wrong
     */
    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("id of a notice must be 1 to 64 characters, not \"" + id + "\"");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position of notice " + id + " must be at least 0, not " + position);
        }
    }

    /**
     * Returns a new notice with a fresh id.
     *
     * @param kind         what happened
     * @param event        the event
     * @param person       the person to tell
     * @param registration the registration, if any
     * @param position     the place on the waiting list, or 0
     * @param reasons      why it was refused, or {@link Reasons#NONE}
     * @param actor        who caused it
     * @param at           when
     * @return the notice
     */
    public static Notice of(Kind kind, EventId event, PersonId person, Optional<RegistrationId> registration,
                            int position, Reasons reasons, Actor actor, Instant at) {
        return new Notice(nextId(at), kind, event, person, registration, position, reasons, actor, at);
    }

    /** Tells apart the ids this process makes in one millisecond. */
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();
    /** Tells apart the processes that make ids on one database. */
    private static final String PROCESS = UUID.randomUUID().toString().substring(0, 8);

    /**
     * Returns a new id that sorts after the ones made before it in this process: its time in
     * milliseconds, a counter, and a random part per process (so that ids are appended to the
     * outbox's index rather than scattered through it, which made each commit twice as slow).
     */
    private static String nextId(Instant at) {
        return String.format(java.util.Locale.ROOT, "%012x-%08x-%s", at.toEpochMilli(),
                COUNTER.incrementAndGet() & 0xffffffffL, PROCESS);
    }

    /**
     * The actor a person's own answers are recorded under (through their invitation link, or the
     * open registration form): a cancellation by anyone else is told as the organiser's.
     *
     * @param person the person
     * @return {@code invitation:} and the person's id, cut to an actor name's length
     */
    public static Actor personsOwn(PersonId person) {
        return actor("invitation:", Objects.requireNonNull(person, "person"));
    }

    /**
     * Tells whether an actor is the person acting for themselves: through their invitation link
     * ({@link #personsOwn}) or the open registration form ({@code self:} and their id).
     *
     * @param actor  the actor, not null
     * @param person the person, not null
     * @return true when the person acted
     */
    public static boolean isPersonsOwn(Actor actor, PersonId person) {
        Objects.requireNonNull(actor, "actor");
        return actor.equals(personsOwn(person)) || actor.equals(actor("self:", person));
    }

    private static Actor actor(String prefix, PersonId person) {
        String name = prefix + person.value();
        return Actor.of(name.length() > 64 ? name.substring(0, 64) : name);
    }
}
