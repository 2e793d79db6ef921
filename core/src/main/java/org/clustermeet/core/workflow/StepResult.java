package org.clustermeet.core.workflow;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * What every step of the registration workflow answers beside its own result: the registry after
 * the step and exactly the changes that made it, so that whoever keeps the registry (a store's
 * journal, a cache, a listener) records what the step did rather than guessing it.
 */
public sealed interface StepResult
        permits RegistrationResult, CancellationResult, EventChangeResult, EventCancellationResult, AttendanceResult,
        EditResult, MergeResult, ConsentResult {

    /** {@return the registry after the step} */
    Registry registry();

    /** {@return the changes the step made; empty when it changed nothing, as a refused request} */
    ChangeSet changes();
}
