package org.clustermeet.benchmarks;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.eligibility.EligibilityContext;
import org.clustermeet.core.eligibility.EligibilityFacts;
import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.query.MembershipQueries;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.testkit.RegistryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Queries on a registry of 100,000 organisations and 1,000,000 registrations: the registry's
 * indexed queries against straightforward stream-filter scans over the same data, which is what
 * a user holding plain lists would write. Every pair returns the same answer (checked in setup).
 *
 * <p>The fork touches its whole heap when it starts ({@code -XX:+AlwaysPreTouch}): otherwise the
 * queries' allocations land in memory the operating system has not yet handed over, and on a
 * virtual machine the page faults of that first touch cost an indexed query more than its work
 * (about 6,000 Gold-holder queries a second until the collector's first young collections, then
 * about 55,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+AlwaysPreTouch"})
public class QueryBenchmark {

    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);
    private static final CountryCode COUNTRY = CountryCode.of("PL");
    private static final OrganisationId ASSOCIATION = OrganisationId.of("synthetic-association-pl");

    /** The generated registry, kept for the JVM so that in-process runs (-f 0) generate it once. */
    private static Registry generated;

    private Registry registry;
    /** The query views, made once per trial as a user keeps them for many questions. */
    private LabelQueries labelQueries;
    private MembershipQueries membershipQueries;
    private EventReports reports;
    private Map<OrganisationId, Organisation> organisations;
    private List<QualityLabel> labels;
    private List<Membership> memberships;
    private List<Registration> registrations;
    private Event event;
    private Registration applicant;

    /** Generates the registry, the plain lists for the scans, and builds the indexes once. */
    @Setup(Level.Trial)
    public void setUp() {
        synchronized (QueryBenchmark.class) {
            if (generated == null) {
                generated = RegistryGenerator.generate(new RegistryGenerator.Settings(100_000, 1_000, 1_000_000, 1L));
            }
            registry = generated;
        }
        labelQueries = LabelQueries.of(registry);
        membershipQueries = MembershipQueries.of(registry);
        reports = EventReports.of(registry);
        organisations = new HashMap<>();
        registry.organisations().forEach(o -> organisations.put(o.id(), o));
        // the scans run over plain lists, as a user holding the data without clustermeet would
        labels = List.copyOf(registry.labels());
        memberships = List.copyOf(registry.memberships());
        registrations = List.copyOf(registry.registrations());
        event = registry.events().stream().filter(e -> e.eligibility().isPresent()).findFirst().orElseThrow();
        applicant = registry.registrationsFor(event.id()).get(0);
        check(indexedGoldInCountry().equals(scanGoldInCountry()), "gold holders");
        check(indexedMembers().equals(scanMembers()), "members");
        EventReport report = indexedReport();
        check(new Figures(report.clusterOrganisations().size(), report.countries().size(), report.smesRepresented(),
                report.otherParticipants()).equals(scanReport()), "report");
        check(indexedEligibility().equals(scanEligibility()), "eligibility");
        // start every trial with the generator's garbage collected, so that the collector's
        // background work does not land in some iterations and not in others
        System.gc();
    }

    private static void check(boolean same, String what) {
        if (!same) {
            throw new IllegalStateException("indexed and scanned " + what + " differ");
        }
    }

    /** Gold holders in Poland on 4 December 2019, indexed. */
    @Benchmark
    public List<ClusterOrganisation> indexedGoldInCountry() {
        return labelQueries.holders(LabelLevel.GOLD, DAY, COUNTRY);
    }

    /** The same by scanning every label. */
    @Benchmark
    public List<ClusterOrganisation> scanGoldInCountry() {
        TreeSet<OrganisationId> holders = new TreeSet<>();
        labels.stream().filter(l -> l.level() == LabelLevel.GOLD && l.isValidOn(DAY))
                .filter(l -> organisations.get(l.holder()) instanceof ClusterOrganisation c && c.country().equals(COUNTRY))
                .forEach(l -> holders.add(l.holder()));
        return holders.stream().map(id -> (ClusterOrganisation) organisations.get(id)).toList();
    }

    /** Members of the Polish association on the day (transitively), indexed. */
    @Benchmark
    public List<Organisation> indexedMembers() {
        return membershipQueries.membersOn(ASSOCIATION, DAY);
    }

    /** The same by scanning every membership at each level. */
    @Benchmark
    public List<Organisation> scanMembers() {
        TreeSet<OrganisationId> found = new TreeSet<>();
        Deque<OrganisationId> pending = new ArrayDeque<>(List.of(ASSOCIATION));
        while (!pending.isEmpty()) {
            OrganisationId group = pending.poll();
            memberships.stream().filter(m -> m.group().equals(group) && m.isActiveOn(DAY)
                    && !m.member().equals(ASSOCIATION)).forEach(m -> {
                        if (found.add(m.member())) {
                            pending.add(m.member());
                        }
                    });
        }
        return found.stream().map(organisations::get).toList();
    }

    /** One event's report, from the registrations kept per event. */
    @Benchmark
    public EventReport indexedReport() {
        return reports.report(event.id());
    }

    /**
     * One event's report on a new view, as the server and the command line make it for each
     * report: the view's directory of organisations and its count of label holders on the day are
     * built every time.
     */
    @Benchmark
    public EventReport freshViewReport() {
        return EventReports.of(registry).report(event.id());
    }

    /** The report's main figures. */
    record Figures(int clusterOrganisations, int countries, long smes, int otherParticipants) {
    }

    /** The report's main figures by scanning every registration. */
    @Benchmark
    public Figures scanReport() {
        Set<OrganisationId> clusters = new HashSet<>();
        Set<CountryCode> countries = new HashSet<>();
        long smes = 0;
        int others = 0;
        java.time.LocalDate day = event.schedule().firstDay();
        for (Registration r : registrations) {
            // participants: the attended at a held event, nobody at a cancelled one, else those holding a place
            boolean takesPart = switch (event.status()) {
                case HELD -> r.state() == org.clustermeet.core.registration.RegistrationState.ATTENDED;
                case CANCELLED -> false;
                default -> r.holdsPlace();
            };
            if (r.event().equals(event.id()) && takesPart) {
                if (organisations.get(r.organisation()) instanceof ClusterOrganisation c) {
                    if (clusters.add(c.id())) {
                        countries.add(c.country());
                        smes += c.membersOn(day).smes();
                    }
                } else {
                    others++;
                }
            }
        }
        return new Figures(clusters.size(), countries.size(), smes, others);
    }

    /** The eligibility of one registration, indexed. */
    @Benchmark
    public EligibilityResult indexedEligibility() {
        return RegistrationWorkflow.checkEligibility(registry, event.id(), applicant.person(), applicant.organisation(), applicant.role());
    }

    /** The same with lookups that scan labels and memberships. */
    @Benchmark
    public EligibilityResult scanEligibility() {
        Person person = registry.person(applicant.person()).orElseThrow();
        Organisation organisation = organisations.get(applicant.organisation());
        EventRole role = applicant.role();
        LocalDate day = event.schedule().firstDay();
        return event.eligibility().orElseThrow().evaluate(new EligibilityContext(person, organisation, role, day,
                new EligibilityFacts() {
            @Override
            public Optional<Organisation> organisation(OrganisationId id) {
                return Optional.ofNullable(organisations.get(id));
            }

            @Override
            public List<QualityLabel> labelsOf(OrganisationId holder) {
                return labels.stream().filter(l -> l.holder().equals(holder)).toList();
            }

            @Override
            public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate on) {
                List<OrganisationId> frontier = new ArrayList<>(List.of(member));
                Set<OrganisationId> seen = new HashSet<>();
                while (!frontier.isEmpty()) {
                    List<OrganisationId> next = new ArrayList<>();
                    for (Membership m : memberships) {
                        if (frontier.contains(m.member()) && m.isActiveOn(on)) {
                            if (m.group().equals(group)) {
                                return true;
                            }
                            if (seen.add(m.group())) {
                                next.add(m.group());
                            }
                        }
                    }
                    frontier = next;
                }
                return false;
            }
        }));
    }
}
