package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#register}: the outcome, and the registry after it (the same
 * registry when refused). Immutable and thread-safe.
 *
 * @param registry the registry after the request, not null
 * @param outcome  accepted, waitlisted or refused, not null
 */
public record RegistrationResult(Registry registry, RegistrationOutcome outcome) {

    /**
     * Validates the result.
     *
     * @param registry the registry after the request, not null
     * @param outcome  accepted, waitlisted or refused, not null
     * @throws NullPointerException if an argument is null
     */
    public RegistrationResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(outcome, "outcome");
    }
}
