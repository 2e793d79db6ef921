package org.clustermeet.store;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.ArrivalClock;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * What a store knows: the registry as of a journal sequence number, the checksum chain's value
 * there (which the next row must follow), and the arrival clock after every arrival recorded (so
 * that stamped arrivals keep increasing, across processes).
 */
record StoreState(Registry registry, long sequence, String chain, ArrivalClock arrivals) {

    static StoreState of(Registry registry, long sequence, String chain) {
        return new StoreState(registry, sequence, chain, ArrivalClock.of(registry));
    }

    /** The state after a change set recorded under the next sequence number with a checksum. */
    StoreState next(Registry after, ChangeSet changes, String checksum) {
        return new StoreState(after, sequence + 1, checksum, arrivals.after(changes));
    }

    /** A registration id for the next change: {@code r-} and its sequence number, made unique if taken. */
    RegistrationId freeRegistrationId() {
        return RegistrationWorkflow.freeRegistrationId(registry, "r-" + (sequence + 1));
    }
}
