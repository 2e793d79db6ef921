package org.clustermeet.core.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.query.IneligibleRegistration;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;

/**
 * What an event represented, computed by {@link EventReports#report(EventId)} from its
 * registrations and never typed in. Immutable and thread-safe.
 *
 * <p>Who counts as a participant depends on where the event stands: at a held event, the people
 * marked as attended (a held event with no attendance recorded reports no participants, and its
 * registrations as no-shows); before it is held, the people holding a place; at a cancelled
 * event, nobody, while {@link #attendance()} still shows the registrations the cancellation closed.
 *
 * <p>A participant counts for a cluster organisation when the organisation they represent is one;
 * each organisation is counted once however many people it sent. Every other participant counts
 * under "other participants", by role.
 *
 * @param event                        the event's id, not null
 * @param title                        the event's title, not null
 * @param date                         the event's first day, on which labels and names are judged; not null
 * @param venue                        the venue, if any; not null
 * @param status                       where the event stands, not null
 * @param attendance                   the registrations counted by state, not null
 * @param participants                 the people counted as participants (see above), at least 0
 * @param onlineParticipants           how many of them attend online, at least 0
 * @param clusterOrganisations         the cluster organisations represented, in id order; not null
 * @param clusterOrganisationsByLabel  for each level, how many of them hold a label of that level in
 *                                     force on {@code date}; every level present
 * @param clusterOrganisationsWithoutLabel how many of them hold no label in force on {@code date}
 * @param countries                    the distinct countries of those organisations, sorted; not null
 * @param clusterOrganisationsByCountry how many of those organisations each country has, by country; not null
 * @param smesRepresented              their SME members, each organisation counted once
 * @param ecosystems                   the industrial ecosystems they cover; not null
 * @param participantsByRole           every participant by role at the event; not null
 * @param otherParticipantsByRole      participants not representing a cluster organisation, by role;
 *                                     only roles that occur; not null
 * @param sessions                     the sessions in programme order; not null
 * @param registryShare                for each level, the represented holders of a valid label of at
 *                                     least that level against all such holders in the registry; every
 *                                     level present
 * @param stated                       what sources state about the event, to show beside the computed
 *                                     figures, never in their place; not null
 * @param noLongerEligible             for an event still to come, the registrations holding a place they
 *                                     would no longer get (a label expired, a role ended, the event
 *                                     moved), in id order, kept for the organiser to decide; not null
 * @param schedule                     when the event takes place (days, or times in its zone); not null
 * @param places                       its places, and how many are taken; not null
 */
public record EventReport(EventId event, LocalizedText title, LocalDate date, Optional<Venue> venue,
                          EventStatus status, Attendance attendance, int participants, int onlineParticipants, List<OrganisationId> clusterOrganisations,
                          Map<LabelLevel, Integer> clusterOrganisationsByLabel,
                          int clusterOrganisationsWithoutLabel, List<CountryCode> countries,
                          Map<CountryCode, Integer> clusterOrganisationsByCountry, long smesRepresented,
                          Set<IndustrialEcosystem> ecosystems, Map<EventRole, Integer> participantsByRole,
                          Map<EventRole, Integer> otherParticipantsByRole,
                          List<SessionSummary> sessions, Map<LabelLevel, LabelShare> registryShare,
                          List<StatedFigure> stated, List<IneligibleRegistration> noLongerEligible,
                          EventSchedule schedule, Places places) {

    /**
     * A session as the report shows it.
     *
     * @param order    the position in the programme
     * @param title    the title, not null
     * @param format   how it was run, not null
     * @param speakers the speakers in programme order, by full name where its publication is
     *                 allowed, else as "a participant from ORGANISATION"; not null
     * @param topics   how many topics were proposed in it
     * @param mostPopularTopics the English titles of the topics a source names among the most
     *                 popular, in programme order; not null
     */
    public record SessionSummary(int order, LocalizedText title, SessionFormat format, List<String> speakers,
                                 int topics, List<String> mostPopularTopics) {

        /**
         * Validates the summary.
         *
         * @param order    the position in the programme
         * @param title    the title, not null
         * @param format   how it was run, not null
         * @param speakers the speakers in programme order, by full name where its publication is
         *     allowed, else as "a participant from ORGANISATION"; not null
         * @param topics   how many topics were proposed in it
         * @param mostPopularTopics the English titles of the topics a source names among the most
         *     popular, in programme order; not null
         * @throws NullPointerException if an argument is null
         */
        public SessionSummary {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(format, "format");
            speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
            mostPopularTopics = List.copyOf(Objects.requireNonNull(mostPopularTopics, "mostPopularTopics"));
        }
    }

    /**
     * The part of a registry's label holders that an event represented.
     *
     * @param represented holders represented at the event
     * @param inRegistry  all holders in the registry on the event date
     */
    public record LabelShare(int represented, int inRegistry) {

        /**
         * Validates the share.
         *
         * @param represented holders represented at the event
         * @param inRegistry  all holders in the registry on the event date
         * @throws IllegalArgumentException if a count is negative or {@code represented > inRegistry}
         */
        public LabelShare {
            if (represented < 0 || represented > inRegistry) {
                throw new IllegalArgumentException("Invalid label share: " + represented + " of " + inRegistry);
            }
        }

        /** {@return {@code represented / inRegistry}, or empty when the registry holds none} */
        public OptionalDouble ratio() {
            return inRegistry == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) represented / inRegistry);
        }
    }

    /**
     * Validates the report and snapshots its collections.
     *
     * @param event                        the event's id, not null
     * @param title                        the event's title, not null
     * @param date                         the event's first day, on which labels and names are judged; not null
     * @param venue                        the venue, if any; not null
     * @param status                       where the event stands, not null
     * @param attendance                   the registrations counted by state, not null
     * @param participants                 the people counted as participants (see above), at least 0
     * @param onlineParticipants           how many of them attend online, at least 0
     * @param clusterOrganisations         the cluster organisations represented, in id order; not null
     * @param clusterOrganisationsByLabel  for each level, how many of them hold a label of that level in
     *     force on {@code date}; every level present
     * @param clusterOrganisationsWithoutLabel how many of them hold no label in force on {@code date}
     * @param countries                    the distinct countries of those organisations, sorted; not null
     * @param clusterOrganisationsByCountry how many of those organisations each country has; not null
     * @param smesRepresented              their SME members, each organisation counted once
     * @param ecosystems                   the industrial ecosystems they cover; not null
     * @param participantsByRole           every participant by role at the event; not null
     * @param otherParticipantsByRole      participants not representing a cluster organisation, by role;
     *     only roles that occur; not null
     * @param sessions                     the sessions in programme order; not null
     * @param registryShare                for each level, the represented holders of a valid label of at
     *     least that level against all such holders in the registry; every
     *     level present
     * @param stated                       what sources state about the event, to show beside the computed
     *     figures, never in their place; not null
     * @param noLongerEligible             the registrations holding a place they would no longer get;
     *     not null
     * @param schedule                     when the event takes place; not null
     * @param places                       its places, and how many are taken; not null
     * @throws NullPointerException if an argument is null
     */
    public EventReport {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attendance, "attendance");
        clusterOrganisations = List.copyOf(clusterOrganisations);
        clusterOrganisationsByLabel = enumMap(clusterOrganisationsByLabel);
        countries = List.copyOf(countries);
        clusterOrganisationsByCountry = Collections.unmodifiableMap(new TreeMap<>(clusterOrganisationsByCountry));
        participantsByRole = enumMap(participantsByRole);
        ecosystems = ecosystems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ecosystems));
        otherParticipantsByRole = enumMap(otherParticipantsByRole);
        sessions = List.copyOf(sessions);
        registryShare = enumMap(registryShare);
        stated = List.copyOf(stated);
        noLongerEligible = List.copyOf(noLongerEligible);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(places, "places");
    }

    /** {@return whether the event is still to come: planned or postponed, so that attendance means nothing yet} */
    public boolean isToCome() {
        return status == EventStatus.PLANNED || status == EventStatus.POSTPONED;
    }

    /**
     * Returns what a source states for one figure.
     *
     * @param figure the figure, not null
     * @return the stated figure, or empty when no source states it
     */
    public Optional<StatedFigure> stated(StatedFigure.Figure figure) {
        Objects.requireNonNull(figure, "figure");
        return stated.stream().filter(f -> f.figure() == figure).findFirst();
    }

    /** {@return how many participants did not represent a cluster organisation} */
    public int otherParticipants() {
        return otherParticipantsByRole.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@return how many topics were proposed across all sessions} */
    public int proposedTopics() {
        return sessions.stream().mapToInt(SessionSummary::topics).sum();
    }

    private static <K extends Enum<K>, V> Map<K, V> enumMap(Map<K, V> map) {
        Objects.requireNonNull(map, "map");
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
