package org.clustermeet.core.workflow;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#cancel}: the registry after it, the cancelled
 * registration, and what the freed place did to the waiting list. Immutable and thread-safe.
 *
 * @param registry   the registry after the cancellation, not null
 * @param cancelled  the registration, now CANCELLED; not null
 * @param promotions who was promoted into the freed place and who was refused on the way; not null
 * @param changes    the changes made: the cancellation, then each promotion and refusal; not null
 */
public record CancellationResult(Registry registry, Registration cancelled, Promotions promotions, ChangeSet changes)
        implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry   the registry after the cancellation, not null
     * @param cancelled  the registration, now CANCELLED; not null
     * @param promotions who was promoted into the freed place and who was refused on the way; not null
     * @param changes    the changes made; not null
     * @throws NullPointerException if an argument is null
     */
    public CancellationResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(changes, "changes");
    }

    /** {@return the registration promoted into the freed place, now REGISTERED, if any} */
    public Optional<Registration> promoted() {
        return promotions.promoted().stream().findFirst();
    }
}
