package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#register}: the outcome, and the registry after it (the same
 * registry when refused). Immutable and thread-safe.
 *
 * @param registry the registry after the request, not null
 * @param outcome  accepted, waitlisted or refused, not null
 * @param changes  the registration put; empty when refused
 */
public record RegistrationResult(Registry registry, RegistrationOutcome outcome, ChangeSet changes)
        implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry the registry after the request, not null
     * @param outcome  accepted, waitlisted or refused, not null
     * @param changes  the registration put; empty when refused
     * @throws NullPointerException if an argument is null
     */
    public RegistrationResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(changes, "changes");
    }
}
