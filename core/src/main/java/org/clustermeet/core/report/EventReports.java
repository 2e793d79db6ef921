package org.clustermeet.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.Admission;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;

/**
 * Computes event reports from one registry value. The share of the registry's label holders an
 * event represented needs a count over the whole registry for the event's day; a view counts it
 * once per day, so keep one view for many reports. Thread-safe.
 */
public final class EventReports {

    private final Registry registry;
    private final LabelQueries labels;
    /** Every organisation by id, made on the first report: a report looks one up per registration. */
    private volatile Map<OrganisationId, Organisation> organisations;

    private EventReports(Registry registry) {
        this.registry = registry;
        this.labels = LabelQueries.of(registry);
    }

    /**
     * Returns the event reports of a registry.
     *
     * @param registry the registry, not null
     * @return the view
     */
    public static EventReports of(Registry registry) {
        return new EventReports(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Computes an event's report. Participants are the people marked as attended at a held event,
     * those holding a place before it is held, and nobody at a cancelled event (see
     * {@link EventReport}). Labels and names are judged on the event's first day.
     *
     * @param event the event's id, not null
     * @return the report
     * @throws IllegalArgumentException if there is no such event
     */
    public EventReport report(EventId event) {
        Objects.requireNonNull(event, "event");
        Event e = registry.event(event).orElseThrow(() -> new IllegalArgumentException("no event with id " + event
                + " in the registry"));
        LocalDate day = e.schedule().firstDay();
        Map<OrganisationId, ClusterOrganisation> clusters = new LinkedHashMap<>();
        Map<EventRole, Integer> others = new EnumMap<>(EventRole.class);
        Map<EventRole, Integer> byRole = new EnumMap<>(EventRole.class);
        int present = 0;
        int online = 0;
        int[] byState = new int[RegistrationState.values().length];
        Set<PersonId> speakers = new HashSet<>();
        e.sessions().forEach(s -> speakers.addAll(s.speakers()));
        Map<PersonId, OrganisationId> speakerOrganisations = new HashMap<>();
        for (Registration r : registry.registrationsFor(event)) {
            byState[r.state().ordinal()]++;
            if (!speakers.isEmpty() && speakers.contains(r.person())) {
                speakerOrganisations.putIfAbsent(r.person(), r.organisation());
            }
            if (!takesPart(e.status(), r.state())) {
                continue;
            }
            present++;
            byRole.merge(r.role(), 1, Integer::sum);
            if (r.attends() == AttendanceMode.ONLINE) {
                online++;
            }
            if (clusters.containsKey(r.organisation())) {
                continue;
            }
            Organisation o = organisations().get(r.organisation());
            if (o instanceof ClusterOrganisation c) {
                clusters.put(c.id(), c);
            } else {
                others.merge(r.role(), 1, Integer::sum);
            }
        }
        Map<LabelLevel, Integer> byLabel = new EnumMap<>(LabelLevel.class);
        for (LabelLevel level : LabelLevel.values()) {
            byLabel.put(level, 0);
        }
        int withoutLabel = 0;
        Map<CountryCode, Integer> byCountry = new TreeMap<>();
        Set<IndustrialEcosystem> ecosystems = EnumSet.noneOf(IndustrialEcosystem.class);
        long smes = 0;
        for (ClusterOrganisation c : clusters.values()) {
            LabelLevel highest = labels.levelInForce(c.id(), day).orElse(null);
            if (highest != null) {
                byLabel.merge(highest, 1, Integer::sum);
            } else {
                withoutLabel++;
            }
            byCountry.merge(c.country(), 1, Integer::sum);
            ecosystems.addAll(c.ecosystems());
            smes += c.membersOn(day).smes();
        }
        List<CountryCode> countryCodes = List.copyOf(byCountry.keySet());
        Map<LabelLevel, EventReport.LabelShare> share = new EnumMap<>(LabelLevel.class);
        Map<LabelLevel, Integer> inRegistry = labels.holderCounts(day);
        for (LabelLevel level : LabelLevel.values()) {
            int represented = 0;
            for (LabelLevel held : LabelLevel.values()) {
                if (held.isAtLeast(level)) {
                    represented += byLabel.get(held);
                }
            }
            share.put(level, new EventReport.LabelShare(represented, inRegistry.get(level)));
        }
        List<EventReport.SessionSummary> sessions = e.sessions().stream()
                .map(s -> new EventReport.SessionSummary(s.order(), s.title(), s.format(),
                        s.speakers().stream().map(p -> publicName(p, speakerOrganisations.get(p), day)).toList(),
                        s.topics().size(), s.topics().stream().filter(ProposedTopic::amongMostPopular)
                        .map(t -> t.title().english()).toList()))
                .toList();
        List<OrganisationId> clusterIds = new ArrayList<>(clusters.keySet());
        clusterIds.sort(Comparator.naturalOrder());
        boolean held = e.status() == EventStatus.HELD;
        int registered = byState[RegistrationState.REGISTERED.ordinal()];
        Attendance attendance = new Attendance(held ? 0 : registered, byState[RegistrationState.ATTENDED.ordinal()],
                held ? registered : 0, byState[RegistrationState.WAITLISTED.ordinal()],
                byState[RegistrationState.CANCELLED.ordinal()],
                byState[RegistrationState.CANCELLED_BY_ORGANISER.ordinal()], byState[RegistrationState.REFUSED.ordinal()]);
        return new EventReport(e.id(), e.title(), day, e.venue(), e.status(), attendance, present, online, clusterIds,
                byLabel, withoutLabel, countryCodes, byCountry, smes, ecosystems, byRole, others, sessions, share,
                e.statedFigures(), Admission.noLongerEligible(registry, e.id()), e.schedule(), places(e));
    }

    /** The event's places, and how many registrations hold one in person and online. */
    private Places places(Event e) {
        int inPerson = 0;
        int online = 0;
        for (Registration r : registry.registrationsFor(e.id())) {
            if (r.holdsPlace()) {
                if (r.attends() == AttendanceMode.ONLINE) {
                    online++;
                } else {
                    inPerson++;
                }
            }
        }
        return new Places(e.capacity(), e.onlineCapacity(), inPerson, online);
    }

    /**
     * A speaker's name as public output shows it: the full name if its publication is allowed,
     * else "a participant from" the organisation they registered for (null if none), or else hold
     * a role at.
     */
    private String publicName(PersonId id, OrganisationId registeredFor, LocalDate day) {
        Person person = registry.person(id).orElseThrow();
        Optional<OrganisationId> organisation = Optional.ofNullable(registeredFor)
                .or(() -> person.rolesOn(day).stream().map(PersonRole::organisation).findFirst());
        return organisation.map(o -> person.publicName(organisations().get(o).displayNameOn(day).english()))
                .orElse(person.publicName());
    }

    /** Whether a registration makes its person a participant of an event in a status. */
    private static boolean takesPart(EventStatus status, RegistrationState state) {
        return switch (status) {
            case HELD -> state == RegistrationState.ATTENDED;
            case CANCELLED -> false;
            case PLANNED, POSTPONED -> state.holdsPlace();
        };
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
