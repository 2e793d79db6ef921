package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.query.IneligibleRegistration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#changeEvent}: the registry after it and what new
 * places did to the waiting list. Immutable and thread-safe.
 *
 * @param registry   the registry after the change, not null
 * @param promotions who was promoted and who was refused on the way; not null
 * @param changes    the changes made: the event, then each promotion and refusal; not null
 * @param noLongerEligible the registrations holding a place that the change left without the right
 *                   to it (the event moved past a label's expiry, say), in id order: kept, for the
 *                   organiser to decide; not null
 */
public record EventChangeResult(Registry registry, Promotions promotions, ChangeSet changes,
                                List<IneligibleRegistration> noLongerEligible) implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry   the registry after the change, not null
     * @param promotions who was promoted and who was refused on the way; not null
     * @param changes    the changes made; not null
     * @param noLongerEligible the registrations the change left without the right to their place; not null
     * @throws NullPointerException if an argument is null
     */
    public EventChangeResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(changes, "changes");
        noLongerEligible = List.copyOf(Objects.requireNonNull(noLongerEligible, "noLongerEligible"));
    }
}
