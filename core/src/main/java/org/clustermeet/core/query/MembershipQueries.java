package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registry.Registry;

/**
 * Who belongs to which association or alliance on a day, directly or through an association
 * that is itself a member. A view of one registry value, cheap to create: it uses the registry's
 * own membership lookups, and indexes the organisations by id on the first listing of members.
 * Thread-safe.
 */
public final class MembershipQueries {

    private final Registry registry;
    /** Every organisation by id, made on the first listing of members, which looks up each member. */
    private volatile Map<OrganisationId, Organisation> organisations;

    private MembershipQueries(Registry registry) {
        this.registry = registry;
    }

    /**
     * Returns the membership queries of a registry.
     *
     * @param registry the registry, not null
     * @return the view
     */
    public static MembershipQueries of(Registry registry) {
        return new MembershipQueries(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the direct members of an association or alliance on a day.
     *
     * @param group the association or alliance, not null
     * @param day   the day, not null
     * @return the members, in id order
     */
    public List<Organisation> directMembersOn(OrganisationId group, LocalDate day) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        return registry.membershipsIn(group).stream().filter(m -> m.isActiveOn(day)).map(Membership::member)
                .distinct().sorted().map(organisations()::get).toList();
    }

    /**
     * Returns the members of an association or alliance on a day, transitively: an alliance's
     * members are its associations and, through them, their cluster organisations.
     *
     * @param group the association or alliance, not null
     * @param day   the day, not null
     * @return every direct and indirect member, in id order
     */
    public List<Organisation> membersOn(OrganisationId group, LocalDate day) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        Set<OrganisationId> found = new TreeSet<>();
        Deque<OrganisationId> pending = new ArrayDeque<>();
        pending.add(group);
        while (!pending.isEmpty()) {
            for (Membership m : registry.membershipsIn(pending.poll())) {
                if (m.isActiveOn(day) && !m.member().equals(group) && found.add(m.member())) {
                    pending.add(m.member());
                }
            }
        }
        Map<OrganisationId, Organisation> byId = organisations();
        return found.stream().map(byId::get).toList();
    }

    /**
     * Tells whether an organisation is a member of an association or alliance on a day, directly
     * or through an association that is itself a member.
     *
     * @param member the member, not null
     * @param group  the association or alliance, not null
     * @param day    the day, not null
     * @return true when it is a direct or indirect member on that day
     */
    public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(day, "day");
        Set<OrganisationId> seen = new HashSet<>();
        Deque<OrganisationId> pending = new ArrayDeque<>();
        pending.add(member);
        while (!pending.isEmpty()) {
            for (Membership m : registry.membershipsOf(pending.poll())) {
                if (m.isActiveOn(day)) {
                    if (m.group().equals(group)) {
                        return true;
                    }
                    if (seen.add(m.group())) {
                        pending.add(m.group());
                    }
                }
            }
        }
        return false;
    }

    private Map<OrganisationId, Organisation> organisations() {
        Map<OrganisationId, Organisation> byId = organisations;
        if (byId == null) {
            Map<OrganisationId, Organisation> built = new HashMap<>();
            registry.organisations().forEach(o -> built.put(o.id(), o));
            byId = built;
            organisations = byId;
        }
        return byId;
    }
}
