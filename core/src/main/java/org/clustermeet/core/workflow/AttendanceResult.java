package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#markAttended}: the registry after it, the
 * registration now ATTENDED, and the changes. Immutable and thread-safe.
 *
 * @param registry the registry after it, not null
 * @param attended the registration, now ATTENDED; not null
 * @param changes  the changes made, not null
 */
public record AttendanceResult(Registry registry, Registration attended, ChangeSet changes) implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry the registry after it, not null
     * @param attended the registration, now ATTENDED; not null
     * @param changes  the changes made, not null
     * @throws NullPointerException if an argument is null
     */
    public AttendanceResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(attended, "attended");
        Objects.requireNonNull(changes, "changes");
    }
}
