package org.clustermeet.core.membership;

import java.time.LocalDate;
import java.util.Objects;

import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.DateRange;

/**
 * An organisation's membership of a cluster association or an alliance for a period. A cluster
 * organisation joins an association; an association joins an alliance (the registry checks the
 * kinds). Immutable and thread-safe.
 *
 * @param id     the identifier, not null
 * @param member the member organisation, not null
 * @param group  the association or alliance joined, not the member itself; not null
 * @param role   the member's standing, not null
 * @param period when the membership held, not null
 */
public record Membership(MembershipId id, OrganisationId member, OrganisationId group, MembershipRole role,
                         DateRange period) {

    /**
     * Validates the membership.
     *
     * @param id     the identifier, not null
     * @param member the member organisation, not null
     * @param group  the association or alliance joined, not the member itself; not null
     * @param role   the member's standing, not null
     * @param period when the membership held, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the member and the group are the same organisation
     */
    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(period, "period");
        if (member.equals(group)) {
            throw new IllegalArgumentException("membership " + id + ": organisation " + member
                    + " cannot be a member of itself");
        }
    }

    /**
     * Returns an open-ended membership.
     *
     * @param id     the identifier, not null
     * @param member the member, not null
     * @param group  the association or alliance, not null
     * @param role   the standing, not null
     * @param from   the first day, not null
     * @return the membership
     */
    public static Membership of(MembershipId id, OrganisationId member, OrganisationId group, MembershipRole role,
                                LocalDate from) {
        return new Membership(id, member, group, role, DateRange.of(from));
    }

    /**
     * Tells whether the membership holds on a day.
     *
     * @param day the day, not null
     * @return true when the period contains the day
     */
    public boolean isActiveOn(LocalDate day) {
        return period.contains(day);
    }

    /**
     * Returns a copy that ends on a day.
     *
     * @param lastDay the last day of membership, not before its start
     * @return the changed copy
     */
    public Membership endedOn(LocalDate lastDay) {
        return new Membership(id, member, group, role, period.withUntil(lastDay));
    }
}
