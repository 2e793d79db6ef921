package org.clustermeet.core.workflow;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#cancel}: the registry after it, the cancelled registration, and the
 * registration promoted from the waiting list into the freed place, if any. Immutable and
 * thread-safe.
 *
 * @param registry  the registry after the cancellation, not null
 * @param cancelled the registration, now CANCELLED; not null
 * @param promoted  the first on the waiting list, now REGISTERED, if a place was freed; not null
 */
public record CancellationResult(Registry registry, Registration cancelled, Optional<Registration> promoted) {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public CancellationResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(promoted, "promoted");
    }
}
