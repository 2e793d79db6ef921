package org.clustermeet.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import org.clustermeet.core.label.LabelHistory;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.Admission;
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
    /** Every organisation and its labels by id, made on the first report: a report looks one up per registration. */
    private volatile Directory directory;

    private EventReports(Registry registry) {
        this.registry = registry;
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
        Directory directory = directory();
        Map<EventRole, Integer> others = new EnumMap<>(EventRole.class);
        Map<EventRole, Integer> byRole = new EnumMap<>(EventRole.class);
        int present = 0;
        int online = 0;
        int placesInPerson = 0;
        int placesOnline = 0;
        int[] byState = new int[RegistrationState.values().length];
        Set<PersonId> speakers = new HashSet<>();
        e.sessions().forEach(s -> speakers.addAll(s.speakers()));
        Map<PersonId, OrganisationId> speakerOrganisations = new HashMap<>();
        List<Registration> registrations = registry.registrationsFor(event);
        // the ranks of the cluster organisations taking part, with repeats: sorted once at the end,
        // they give each organisation once and in id order without comparing ids
        int[] clusterRanks = new int[registrations.size()];
        int clusterCount = 0;
        for (Registration r : registrations) {
            byState[r.state().ordinal()]++;
            if (r.holdsPlace()) {
                if (r.attends() == AttendanceMode.ONLINE) {
                    placesOnline++;
                } else {
                    placesInPerson++;
                }
            }
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
            Directory.Entry entry = directory.entry(r.organisation());
            if (entry.organisation() instanceof ClusterOrganisation) {
                clusterRanks[clusterCount++] = entry.rank();
            } else {
                others.merge(r.role(), 1, Integer::sum);
            }
        }
        Arrays.sort(clusterRanks, 0, clusterCount);
        Map<LabelLevel, Integer> byLabel = new EnumMap<>(LabelLevel.class);
        for (LabelLevel level : LabelLevel.values()) {
            byLabel.put(level, 0);
        }
        int withoutLabel = 0;
        Map<CountryCode, Integer> byCountry = new TreeMap<>();
        Set<IndustrialEcosystem> ecosystems = EnumSet.noneOf(IndustrialEcosystem.class);
        List<OrganisationId> clusterIds = new ArrayList<>();
        long smes = 0;
        for (int i = 0; i < clusterCount; i++) {
            if (i > 0 && clusterRanks[i] == clusterRanks[i - 1]) {
                continue;
            }
            Directory.Entry entry = directory.entry(clusterRanks[i]);
            ClusterOrganisation c = (ClusterOrganisation) entry.organisation();
            clusterIds.add(c.id());
            LabelLevel highest = LabelHistory.inForce(entry.labels(), day).map(QualityLabel::level).orElse(null);
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
        Map<LabelLevel, Integer> inRegistry = directory.holderCounts(day);
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
        boolean held = e.status() == EventStatus.HELD;
        int registered = byState[RegistrationState.REGISTERED.ordinal()];
        Attendance attendance = new Attendance(held ? 0 : registered, byState[RegistrationState.ATTENDED.ordinal()],
                held ? registered : 0, byState[RegistrationState.WAITLISTED.ordinal()],
                byState[RegistrationState.CANCELLED.ordinal()],
                byState[RegistrationState.CANCELLED_BY_ORGANISER.ordinal()], byState[RegistrationState.REFUSED.ordinal()]);
        return new EventReport(e.id(), e.title(), day, e.venue(), e.status(), attendance, present, online, clusterIds,
                byLabel, withoutLabel, countryCodes, byCountry, smes, ecosystems, byRole, others, sessions, share,
                e.statedFigures(), Admission.noLongerEligible(registry, e.id()), e.schedule(),
                new Places(e.capacity(), e.onlineCapacity(), placesInPerson, placesOnline));
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
        return organisation.map(o -> person.publicName(directory().entry(o).organisation().displayNameOn(day).english()))
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

    private Directory directory() {
        Directory d = directory;
        if (d == null) {
            d = new Directory(registry);
            directory = d;
        }
        return d;
    }
}
