package org.clustermeet.store;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.ArrivalClock;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * What a store knows: the registry as of a journal sequence number, and the arrival clock after
 * every arrival recorded (so that stamped arrivals keep increasing, across processes).
 */
record StoreState(Registry registry, long sequence, ArrivalClock arrivals) {

    static StoreState of(Registry registry, long sequence) {
        return new StoreState(registry, sequence, ArrivalClock.of(registry));
    }

    /** The state after a change set recorded under the next sequence number. */
    StoreState next(Registry after, ChangeSet changes) {
        return new StoreState(after, sequence + 1, arrivals.after(changes));
    }

    /** A registration id for the next change: {@code r-} and its sequence number, made unique if taken. */
    RegistrationId freeRegistrationId() {
        return RegistrationWorkflow.freeRegistrationId(registry, "r-" + (sequence + 1));
    }
}
