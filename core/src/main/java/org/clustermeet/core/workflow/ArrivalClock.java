package org.clustermeet.core.workflow;

import java.time.Instant;
import java.util.Objects;

import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;

/**
 * Stamps arrival times that strictly increase, even when the system clock stands still or goes
 * back, so that a waiting list keeps the order in which requests arrived: the clock's time, or a
 * nanosecond after the latest arrival recorded. Every {@link WorkflowRegistry} stamps through
 * one. Immutable and thread-safe.
 *
 * @param latest the latest arrival recorded, {@link Instant#MIN} when none; not null
 */
public record ArrivalClock(Instant latest) {

    /** The clock before any arrival. */
    public static final ArrivalClock START = new ArrivalClock(Instant.MIN);

    /**
     * Validates the clock.
     *
     * @param latest the latest arrival recorded, not null
     * @throws NullPointerException if it is null
     */
    public ArrivalClock {
        Objects.requireNonNull(latest, "latest");
    }

    /**
     * Returns the clock after every arrival a registry records.
     *
     * @param registry the registry, not null
     * @return the clock
     */
    public static ArrivalClock of(Registry registry) {
        ArrivalClock clock = START;
        for (Registration r : Objects.requireNonNull(registry, "registry").registrations()) {
            clock = clock.after(r);
        }
        return clock;
    }

    /**
     * Returns the arrival time for a request arriving now.
     *
     * @param now the clock's time, not null
     * @return {@code now} if it is after the latest arrival, else a nanosecond after the latest
     */
    public Instant next(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isAfter(latest) ? now : latest.plusNanos(1);
    }

    /**
     * Returns the clock after the registrations a change set puts.
     *
     * @param changes the changes, not null
     * @return the clock
     */
    public ArrivalClock after(ChangeSet changes) {
        ArrivalClock clock = this;
        for (Registration r : Objects.requireNonNull(changes, "changes").puts(EntityKind.REGISTRATION)) {
            clock = clock.after(r);
        }
        return clock;
    }

    private ArrivalClock after(Registration r) {
        Instant at = r.registeredAt().orElse(Instant.MIN);
        return at.isAfter(latest) ? new ArrivalClock(at) : this;
    }
}
