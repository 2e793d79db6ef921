package org.clustermeet.core.event;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;

/**
 * Which kinds of role at the represented organisation may take each role at an event: "managers
 * of cluster organisations" means people whose role there is of the kind manager, unless the event
 * also admits deputies. A role at the event that is not listed admits any kind, stated or not. By
 * {@linkplain #DEFAULT default} a cluster manager must be a manager; {@link #ANY} restricts no role.
 * Immutable and thread-safe.
 *
 * @param byRole the kinds each listed role admits, each set not empty; not null
 */
public record AdmittedKinds(Map<EventRole, Set<RoleKind>> byRole) {

    /** Nothing restricted: every role at the event admits any kind of role, stated or not. */
    public static final AdmittedKinds ANY = new AdmittedKinds(Map.of());

    /** What an event admits unless it says otherwise: a cluster manager must be a manager. */
    public static final AdmittedKinds DEFAULT = ANY.with(EventRole.CLUSTER_MANAGER, Set.of(RoleKind.MANAGER));

    /**
     * Validates the kinds.
     *
     * @param byRole the kinds each listed role admits, each set not empty; not null
     * @throws NullPointerException     if the map, a role, a set or a kind is null
     * @throws IllegalArgumentException if a role admits no kind at all
     */
    public AdmittedKinds {
        Objects.requireNonNull(byRole, "byRole");
        Map<EventRole, Set<RoleKind>> copy = new EnumMap<>(EventRole.class);
        byRole.forEach((role, kinds) -> {
            Objects.requireNonNull(role, "admitted kinds role");
            Objects.requireNonNull(kinds, "admitted kinds of " + role.label());
            kinds.forEach(k -> Objects.requireNonNull(k, "admitted kind of " + role.label()));
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("admitted kinds of " + role.label() + " are empty: a role that "
                        + "admits any kind is left out instead");
            }
            copy.put(role, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
        });
        byRole = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a copy in which one role admits these kinds, in place of what it admitted before.
     *
     * @param role  the role at the event, not null
     * @param kinds the kinds of role at the organisation it admits, not empty; not null
     * @return the changed copy
     * @throws IllegalArgumentException if the kinds are empty
     */
    public AdmittedKinds with(EventRole role, Set<RoleKind> kinds) {
        Map<EventRole, Set<RoleKind>> copy = new EnumMap<>(EventRole.class);
        copy.putAll(byRole);
        copy.put(Objects.requireNonNull(role, "role"), kinds);
        return new AdmittedKinds(copy);
    }

    /**
     * Returns a copy in which one role admits any kind of role, stated or not.
     *
     * @param role the role at the event, not null
     * @return the changed copy
     */
    public AdmittedKinds withAnyKindFor(EventRole role) {
        Map<EventRole, Set<RoleKind>> copy = new EnumMap<>(EventRole.class);
        copy.putAll(byRole);
        copy.remove(Objects.requireNonNull(role, "role"));
        return new AdmittedKinds(copy);
    }

    /**
     * {@return the kinds of role at the organisation that may take a role at the event; empty when
     * any kind may, stated or not}
     *
     * @param role the role at the event, not null
     */
    public Optional<Set<RoleKind>> kindsFor(EventRole role) {
        return Optional.ofNullable(byRole.get(Objects.requireNonNull(role, "role")));
    }

    /**
     * Tells whether a kind of role may take a role at the event.
     *
     * @param role the role at the event, not null
     * @param kind the kind of role held at the organisation, if stated; not null
     * @return true when the role admits any kind, or admits this stated kind
     */
    public boolean admits(EventRole role, Optional<RoleKind> kind) {
        Objects.requireNonNull(kind, "kind");
        return kindsFor(role).map(kinds -> kind.isPresent() && kinds.contains(kind.get())).orElse(true);
    }
}
