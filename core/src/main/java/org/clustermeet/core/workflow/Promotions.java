package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.registration.Registration;

/**
 * What happened to an event's waiting list when places freed up: who was promoted, in order,
 * and who was considered but refused because they no longer met the event's rules. Immutable
 * and thread-safe.
 *
 * @param promoted the registrations promoted, now REGISTERED, in arrival order; not null
 * @param refused  the waitlisted registrations refused on the way, in arrival order; not null
 */
public record Promotions(List<Registration> promoted, List<RefusedPromotion> refused) {

    /** Nobody promoted, nobody refused. */
    public static final Promotions NONE = new Promotions(List.of(), List.of());

    /**
     * Validates the promotions.
     *
     * @param promoted the registrations promoted, now REGISTERED, in arrival order; not null
     * @param refused  the waitlisted registrations refused on the way, in arrival order; not null
     * @throws NullPointerException if a list or an element is null
     */
    public Promotions {
        promoted = List.copyOf(Objects.requireNonNull(promoted, "promoted"));
        refused = List.copyOf(Objects.requireNonNull(refused, "refused"));
    }
}
