package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#recordConsent}: a consent given or withdrawn, and the
 * registry after it. A consent to publish the name changes the person's {@code namePublication},
 * so every output follows at once; a consent to be contacted changes nothing in the registry and
 * lives in the history, which records every consent with when, how and by whom. Immutable.
 *
 * @param registry the registry after it, not null
 * @param person   whose consent, not null
 * @param kind     what to, not null
 * @param given    true when given, false when withdrawn
 * @param how      how it was given or withdrawn (a form, a letter, an e-mail to the secretariat), not blank
 * @param changes  the changes made (none for a consent to be contacted), not null
 */
public record ConsentResult(Registry registry, PersonId person, ConsentKind kind, boolean given, String how,
                            ChangeSet changes) implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry not null
     * @param person   not null
     * @param kind     not null
     * @param given    given or withdrawn
     * @param how      not blank
     * @param changes  not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if how is blank
     */
    public ConsentResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(changes, "changes");
        if (how.isBlank()) {
            throw new IllegalArgumentException("how the consent was given or withdrawn must be said");
        }
    }
}
