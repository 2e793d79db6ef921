package org.clustermeet.store;

import java.time.Instant;
import java.util.List;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.internal.Operation;

/**
 * What a store knows: the registry as of a journal sequence number, and the latest arrival time
 * recorded (so that stamped arrivals keep increasing).
 */
record StoreState(Registry registry, long sequence, Instant lastArrival) {

    static StoreState of(Registry registry, long sequence) {
        Instant last = Instant.MIN;
        for (Registration r : registry.registrations()) {
            Instant at = r.registeredAt().orElse(Instant.MIN);
            if (at.isAfter(last)) {
                last = at;
            }
        }
        return new StoreState(registry, sequence, last);
    }

    /** The state after a change recorded under the next sequence number. */
    StoreState next(Registry after, List<Operation> operations) {
        Instant last = lastArrival;
        for (Operation operation : operations) {
            if (operation instanceof Operation.Put<?> put && put.entity() instanceof Registration r) {
                Instant at = r.registeredAt().orElse(Instant.MIN);
                if (at.isAfter(last)) {
                    last = at;
                }
            }
        }
        return new StoreState(after, sequence + 1, last);
    }

    /** An arrival time after every one recorded: the clock's, or a nanosecond after the latest. */
    Instant nextArrival(Instant now) {
        return now.isAfter(lastArrival) ? now : lastArrival.plusNanos(1);
    }

    /** A registration id for the next change: {@code r-} and its sequence number, made unique if taken. */
    RegistrationId freeRegistrationId() {
        String base = "r-" + (sequence + 1);
        RegistrationId id = RegistrationId.of(base);
        for (int n = 2; registry.registration(id).isPresent(); n++) {
            id = RegistrationId.of(base + "-" + n);
        }
        return id;
    }
}
