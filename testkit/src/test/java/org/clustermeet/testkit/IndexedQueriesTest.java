package org.clustermeet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.query.MembershipQueries;
import org.clustermeet.core.query.PeopleQueries;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry's indexed queries give exactly what plain scans over the same data give. */
class IndexedQueriesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void indexedQueriesEqualScans(long seed) {
        Registry r = RegistryGenerator.generate(new RegistryGenerator.Settings(1_500, 60, 6_000, seed));
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            LabelLevel level = LabelLevel.values()[random.nextInt(3)];
            LocalDate day = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365));
            CountryCode country = r.clusterOrganisations().get(random.nextInt(r.clusterOrganisations().size())).country();
            IndustrialEcosystem ecosystem = IndustrialEcosystem.values()[random.nextInt(14)];
            assertThat(LabelQueries.of(r).holders(level, day)).as("seed %d", seed).isEqualTo(scan(r, level, day, null, null));
            assertThat(LabelQueries.of(r).holders(level, day, country)).as("seed %d", seed)
                    .isEqualTo(scan(r, level, day, country, null));
            assertThat(LabelQueries.of(r).holders(level, day, ecosystem)).as("seed %d", seed)
                    .isEqualTo(scan(r, level, day, null, ecosystem));

            OrganisationId group = r.organisations().stream()
                    .filter(o -> o.id().value().startsWith("synthetic-a")).toList()
                    .get(random.nextInt(31)).id();
            assertThat(MembershipQueries.of(r).membersOn(group, day)).as("seed %d", seed).isEqualTo(scanMembers(r, group, day));
            Organisation someone = r.organisations().get(random.nextInt(r.organisations().size()));
            assertThat(MembershipQueries.of(r).isMemberOn(someone.id(), group, day)).as("seed %d", seed)
                    .isEqualTo(scanMembers(r, group, day).contains(someone));

            var person = r.people().get(random.nextInt(r.people().size())).id();
            List<Event> expected = r.events().stream().filter(e -> r.registrationsFor(e.id()).stream()
                            .anyMatch(x -> x.person().equals(person) && x.state().isActive())
                            || e.sessions().stream().anyMatch(s -> s.referencedPeople().anyMatch(person::equals)))
                    .sorted(java.util.Comparator.comparing((Event e) -> e.schedule().firstDay()).thenComparing(Event::id))
                    .toList();
            assertThat(PeopleQueries.of(r).eventsOf(person)).as("seed %d", seed).isEqualTo(expected);

            Event event = r.events().get(random.nextInt(r.events().size()));
            EventReport report = EventReports.of(r).report(event.id());
            // participants: the attended at a held event, those holding a place before it, nobody at a cancelled one
            List<Registration> present = r.registrations().stream()
                    .filter(x -> x.event().equals(event.id()) && switch (event.status()) {
                        case HELD -> x.state() == RegistrationState.ATTENDED;
                        case CANCELLED -> false;
                        default -> x.holdsPlace();
                    }).toList();
            List<ClusterOrganisation> clusters = present.stream().map(x -> r.organisation(x.organisation()).orElseThrow())
                    .filter(ClusterOrganisation.class::isInstance).map(ClusterOrganisation.class::cast).distinct()
                    .sorted(java.util.Comparator.comparing(ClusterOrganisation::id)).toList();
            assertThat(report.participants()).as("seed %d", seed).isEqualTo(present.size());
            assertThat(report.clusterOrganisations()).as("seed %d", seed)
                    .isEqualTo(clusters.stream().map(ClusterOrganisation::id).toList());
            assertThat(report.countries()).as("seed %d", seed)
                    .isEqualTo(clusters.stream().map(ClusterOrganisation::country).distinct().sorted().toList());
            assertThat(report.smesRepresented()).as("seed %d", seed)
                    .isEqualTo(clusters.stream().mapToLong(ClusterOrganisation::smeMembers).sum());
            assertThat(report.otherParticipants()).as("seed %d", seed).isEqualTo(present.size() - (int) present.stream()
                    .filter(x -> r.organisation(x.organisation()).orElseThrow() instanceof ClusterOrganisation).count());
            LocalDate eventDay = event.schedule().firstDay();
            for (LabelLevel l : LabelLevel.values()) {
                long holding = clusters.stream().filter(c -> LabelQueries.of(r).levelInForce(c.id(), eventDay)
                        .filter(h -> h == l).isPresent()).count();
                assertThat(report.clusterOrganisationsByLabel().get(l)).as("seed %d, %s", seed, l).isEqualTo((int) holding);
            }
        }
    }

    private static List<ClusterOrganisation> scan(Registry r, LabelLevel level, LocalDate day, CountryCode country,
                                                  IndustrialEcosystem ecosystem) {
        Set<OrganisationId> holders = new HashSet<>();
        r.labels().stream().filter(l -> l.level().isAtLeast(level) && l.isValidOn(day)).forEach(l -> holders.add(l.holder()));
        return r.clusterOrganisations().stream().filter(c -> holders.contains(c.id()))
                .filter(c -> country == null || c.country().equals(country))
                .filter(c -> ecosystem == null || c.ecosystems().contains(ecosystem)).toList();
    }

    private static List<Organisation> scanMembers(Registry r, OrganisationId group, LocalDate day) {
        Set<OrganisationId> found = new java.util.TreeSet<>();
        boolean grew = true;
        Set<OrganisationId> groups = new HashSet<>(Set.of(group));
        while (grew) {
            grew = false;
            for (Membership m : r.memberships()) {
                if (groups.contains(m.group()) && m.isActiveOn(day) && !m.member().equals(group) && found.add(m.member())) {
                    groups.add(m.member());
                    grew = true;
                }
            }
        }
        return found.stream().map(id -> r.organisation(id).orElseThrow()).toList();
    }
}
