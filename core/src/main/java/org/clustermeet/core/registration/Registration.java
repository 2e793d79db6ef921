package org.clustermeet.core.registration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;

/**
 * A person's registration for an event, on behalf of the organisation they represent. Waiting
 * lists are ordered by {@code registeredAt}, then by id. The arrival time is recorded by the
 * workflow; registrations taken elsewhere, and public documents, may leave it out. Immutable and
 * thread-safe.
 *
 * <p>A value like a record (its accessors, {@code equals}, {@code hashCode} and {@code toString}
 * are a record's), written as a class because a registry holds millions of these: it keeps its
 * arrival time as two numbers rather than an {@code Optional} and an {@code Instant}, and its
 * role, state and mode of attendance as small codes, which halves what it holds.
 */
public final class Registration {

    private static final EventRole[] ROLES = EventRole.values();
    private static final RegistrationState[] STATES = RegistrationState.values();
    private static final AttendanceMode[] MODES = AttendanceMode.values();
    /** {@link #arrivalNanos} when no arrival time is recorded. */
    private static final int NO_ARRIVAL = -1;

    private final RegistrationId id;
    private final EventId event;
    private final PersonId person;
    private final OrganisationId organisation;
    private final long arrivalSeconds;
    private final int arrivalNanos;
    private final byte role;
    private final byte state;
    private final byte attends;

    /**
     * Validates the registration.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, if recorded; required while WAITLISTED; not null
     * @param attends      how the person attends: IN_PERSON or ONLINE; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a waitlisted registration has no arrival time
     */
    public Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                        EventRole role, RegistrationState state, Optional<Instant> registeredAt,
                        AttendanceMode attends) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(attends, "attends");
        if (attends == AttendanceMode.HYBRID) {
            throw new IllegalArgumentException("registration " + id + ": a person attends IN_PERSON or ONLINE, not "
                    + "HYBRID");
        }
        if (state == RegistrationState.WAITLISTED && registeredAt.isEmpty()) {
            throw new IllegalArgumentException("registration " + id + " is waitlisted and needs its arrival time "
                    + "(registeredAt), which orders the waiting list");
        }
        this.id = id;
        this.event = event;
        this.person = person;
        this.organisation = organisation;
        this.arrivalSeconds = registeredAt.map(Instant::getEpochSecond).orElse(0L);
        this.arrivalNanos = registeredAt.map(Instant::getNano).orElse(NO_ARRIVAL);
        this.role = (byte) role.ordinal();
        this.state = (byte) state.ordinal();
        this.attends = (byte) attends.ordinal();
    }

    /** A copy in another state: everything else is already valid. */
    private Registration(Registration r, RegistrationState state) {
        this.id = r.id;
        this.event = r.event;
        this.person = r.person;
        this.organisation = r.organisation;
        this.arrivalSeconds = r.arrivalSeconds;
        this.arrivalNanos = r.arrivalNanos;
        this.role = r.role;
        this.state = (byte) state.ordinal();
        this.attends = r.attends;
    }

    /**
     * Returns a registration with a recorded arrival time.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, not null
     */
    public Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                        EventRole role, RegistrationState state, Instant registeredAt) {
        this(id, event, person, organisation, role, state, Optional.of(Objects.requireNonNull(registeredAt,
                "registeredAt")), AttendanceMode.IN_PERSON);
    }

    /**
     * Returns an in-person registration.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, if recorded; not null
     */
    public Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                        EventRole role, RegistrationState state, Optional<Instant> registeredAt) {
        this(id, event, person, organisation, role, state, registeredAt, AttendanceMode.IN_PERSON);
    }

    /**
     * Returns a copy in another state.
     *
     * @param state the new state, not null
     * @return the changed copy, or {@code this} if the state is the same
     */
    public Registration withState(RegistrationState state) {
        Objects.requireNonNull(state, "state");
        if (state == state()) {
            return this;
        }
        if (state == RegistrationState.WAITLISTED && arrivalNanos == NO_ARRIVAL) {
            throw new IllegalArgumentException("registration " + id + " is waitlisted and needs its arrival time "
                    + "(registeredAt), which orders the waiting list");
        }
        return new Registration(this, state);
    }

    /** {@return whether this registration holds one of the event's places} */
    public boolean holdsPlace() {
        return state().holdsPlace();
    }

    /** {@return the identifier} */
    public RegistrationId id() {
        return id;
    }

    /** {@return the event} */
    public EventId event() {
        return event;
    }

    /** {@return the person} */
    public PersonId person() {
        return person;
    }

    /** {@return the organisation represented} */
    public OrganisationId organisation() {
        return organisation;
    }

    /** {@return the role at the event} */
    public EventRole role() {
        return ROLES[role];
    }

    /** {@return where the registration stands} */
    public RegistrationState state() {
        return STATES[state];
    }

    /** {@return when the registration arrived, if recorded} */
    public Optional<Instant> registeredAt() {
        return arrivalNanos == NO_ARRIVAL ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(arrivalSeconds, arrivalNanos));
    }

    /** {@return how the person attends: IN_PERSON or ONLINE} */
    public AttendanceMode attends() {
        return MODES[attends];
    }

    /**
     * {@return whether the other object is a registration with equal components}
     *
     * @param o the object to compare with
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Registration r && id.equals(r.id) && event.equals(r.event)
                && person.equals(r.person) && organisation.equals(r.organisation) && role == r.role
                && state == r.state && arrivalSeconds == r.arrivalSeconds && arrivalNanos == r.arrivalNanos
                && attends == r.attends;
    }

    /** {@return a hash code from every component} */
    @Override
    public int hashCode() {
        // from the fields equals compares, building no Optional or Instant
        int h = Objects.hash(id, event, person, organisation);
        h = 31 * h + Long.hashCode(arrivalSeconds);
        h = 31 * h + arrivalNanos;
        return 31 * (31 * (31 * h + role) + state) + attends;
    }

    /** {@return the components, as a record prints them} */
    @Override
    public String toString() {
        return "Registration[id=" + id + ", event=" + event + ", person=" + person + ", organisation="
                + organisation + ", role=" + role() + ", state=" + state() + ", registeredAt=" + registeredAt()
                + ", attends=" + attends() + "]";
    }
}
