package org.clustermeet.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventBuilder;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.PolicyLevel;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NutsCode;

/**
 * Builds synthetic registries of any size with a realistic shape, for testing pipelines and for
 * benchmarks: cluster organisations in 30 European countries with ecosystems and NUTS regions,
 * label histories with renewals and upgrades, one association per country inside one alliance,
 * memberships that start and end, people with roles, events with sessions, talks and topics, and
 * registrations (some events full, with waiting lists and cancellations). Every name says
 * "Synthetic": nothing here is a fact. The same settings always give the same registry.
 */
public final class RegistryGenerator {

    /**
     * What to generate.
     *
     * @param organisations the number of organisations, at least {@value #MIN_ORGANISATIONS}
     *                      (associations, the alliance and labelling bodies included)
     * @param events        the number of events, at least 1
     * @param registrations the number of registrations, at least 0
     * @param seed          the seed; the same settings give the same registry
     */
    public record Settings(int organisations, int events, int registrations, long seed) {

        /**
         * Validates the settings.
         *
         * @param organisations the number of organisations, at least {@value #MIN_ORGANISATIONS}
         *     (associations, the alliance and labelling bodies included)
         * @param events        the number of events, at least 1
         * @param registrations the number of registrations, at least 0
         * @param seed          the seed; the same settings give the same registry
         * @throws IllegalArgumentException if a count is out of range
         */
        public Settings {
            if (organisations < MIN_ORGANISATIONS) {
                throw new IllegalArgumentException("Invalid value for organisations (at least " + MIN_ORGANISATIONS
                        + "): " + organisations);
            }
            if (events < 1) {
                throw new IllegalArgumentException("Invalid value for events (at least 1): " + events);
            }
            if (registrations < 0) {
                throw new IllegalArgumentException("Invalid value for registrations (at least 0): " + registrations);
            }
        }
    }

    private static final List<String> COUNTRIES = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO",
            "IS", "CH");
    private static final List<String> ZONES = List.of("Europe/Brussels", "Europe/Warsaw", "Europe/Paris", "Europe/Madrid",
            "Europe/Helsinki", "Europe/Lisbon");
    private static final int LABELLING_BODIES = 2;
    /** The fewest organisations: the labelling bodies, one association per country and the alliance, plus one cluster. */
    public static final int MIN_ORGANISATIONS = LABELLING_BODIES + 30 + 1 + 1;

    private final Settings settings;
    private final Random random;
    private final RegistryBuilder builder = Registry.builder();
    private final List<ClusterOrganisation> clusters = new ArrayList<>();
    private final List<OrganisationId> associations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    private RegistryGenerator(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /**
     * Generates a registry.
     *
     * @param settings what to generate, not null
     * @return the registry, consistent by construction
     */
    public static Registry generate(Settings settings) {
        return new RegistryGenerator(settings).build();
    }

    private Registry build() {
        addBodiesAndAssociations();
        addClusters(settings.organisations() - (LABELLING_BODIES + COUNTRIES.size() + 1));
        addPeople(Math.max(50, (int) Math.min(Integer.MAX_VALUE - 1L,
                (long) Math.ceil(1.25 * settings.registrations() / settings.events()) + 50)));
        addEventsAndRegistrations();
        return builder.build();
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%06d", n);
    }

    private LocalDate day(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        long span = ChronoUnit.DAYS.between(start, LocalDate.of(toYear, 12, 31));
        return start.plusDays(random.nextInt((int) span + 1));
    }

    private void addBodiesAndAssociations() {
        for (int i = 1; i <= LABELLING_BODIES; i++) {
            builder.add(new LabellingBody(OrganisationId.of("synthetic-labelling-body-" + i),
                    NameHistory.of("Synthetic labelling body " + i), List.of(), Optional.of(CountryCode.of("DE")),
                    Optional.empty()));
        }
        OrganisationId alliance = OrganisationId.of("synthetic-alliance");
        builder.add(Alliance.of(alliance, "Synthetic alliance", Founding.on(LocalDate.of(2019, 9, 9))));
        int m = 0;
        for (String code : COUNTRIES) {
            OrganisationId id = OrganisationId.of("synthetic-association-" + code.toLowerCase(Locale.ROOT));
            associations.add(id);
            builder.add(ClusterAssociation.of(id, "Synthetic cluster association " + code, CountryCode.of(code)));
            if (random.nextInt(3) > 0) {
                LocalDate founded = LocalDate.of(2019, 9, 9);
                boolean founder = random.nextInt(3) == 0;
                LocalDate joined = founder ? founded : day(2019, 2022);
                if (joined.isBefore(founded)) {
                    joined = founded;
                }
                Membership membership = Membership.of(MembershipId.of("synthetic-membership-a" + (++m)), id, alliance,
                        founder ? MembershipRole.FOUNDING_MEMBER : MembershipRole.MEMBER, joined);
                builder.add(random.nextInt(5) == 0 ? membership.endedOn(membership.period().from().plusDays(400))
                        : membership);
            }
        }
    }

    private void addClusters(int count) {
        IndustrialEcosystem[] ecosystems = IndustrialEcosystem.values();
        int labels = 0;
        int memberships = 0;
        for (int i = 1; i <= count; i++) {
            int c = random.nextInt(COUNTRIES.size());
            String code = COUNTRIES.get(c);
            CountryCode country = CountryCode.of(code);
            String nutsCountry = code.equals("GR") ? "EL" : code;
            Set<IndustrialEcosystem> covered = EnumSet.noneOf(IndustrialEcosystem.class);
            for (int e = random.nextInt(3); e >= 0; e--) {
                covered.add(ecosystems[random.nextInt(ecosystems.length)]);
            }
            int total = 10 + random.nextInt(400);
            ClusterOrganisation cluster = ClusterOrganisation.builder(OrganisationId.of("synthetic-cluster-" + number(i)),
                            "Synthetic cluster " + number(i), country)
                    .region(NutsCode.of(nutsCountry + (1 + random.nextInt(9))))
                    .ecosystems(covered.toArray(IndustrialEcosystem[]::new))
                    .founded(day(1995, 2018))
                    .members(total, random.nextInt(total + 1))
                    .listedOnEccp(random.nextInt(10) > 0)
                    .build();
            clusters.add(cluster);
            builder.add(cluster);
            if (random.nextInt(10) < 4) {
                labels = addLabelHistory(cluster, labels);
            }
            if (random.nextInt(10) < 6) {
                LocalDate from = day(2005, 2022);
                Membership membership = Membership.of(MembershipId.of("synthetic-membership-c" + (++memberships)),
                        cluster.id(), associations.get(c), random.nextInt(8) == 0 ? MembershipRole.BOARD
                                : MembershipRole.MEMBER, from);
                builder.add(random.nextInt(4) == 0 ? membership.endedOn(from.plusDays(200 + random.nextInt(2000)))
                        : membership);
            }
        }
    }

    private int addLabelHistory(ClusterOrganisation cluster, int counter) {
        OrganisationId issuer = OrganisationId.of("synthetic-labelling-body-" + (1 + random.nextInt(LABELLING_BODIES)));
        LocalDate assessed = day(2012, 2019);
        LabelLevel level = LabelLevel.values()[random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0];
        QualityLabel previous = null;
        int n = counter;
        while (!assessed.isAfter(LocalDate.of(2025, 6, 30))) {
            if (!cluster.listedOnEccp() && !assessed.isBefore(QualityLabel.ECCP_LISTING_REQUIRED_FROM)) {
                break;
            }
            Optional<GoldAssessment> gold = level == LabelLevel.GOLD
                    ? Optional.of(GoldAssessment.of((80 + random.nextInt(20)) + "." + random.nextInt(10),
                    2 + random.nextInt(2))) : Optional.empty();
            LabelId id = LabelId.of("synthetic-label-" + number(++n));
            QualityLabel label = previous == null
                    ? new QualityLabel(id, cluster.id(), issuer, level, assessed, QualityLabel.defaultValidUntil(assessed),
                    gold, Optional.empty())
                    : QualityLabel.renewal(previous, id, issuer, level, assessed, gold);
            builder.add(label);
            previous = label;
            if (random.nextInt(3) == 0) {
                break;
            }
            assessed = label.validUntil().minusMonths(2).plusDays(random.nextInt(300));
            if (level != LabelLevel.GOLD && random.nextInt(3) == 0) {
                level = LabelLevel.values()[level.ordinal() + 1];
            }
        }
        return n;
    }

    private void addPeople(int count) {
        for (int i = 1; i <= count; i++) {
            OrganisationId organisation = random.nextInt(5) == 0 ? associations.get(random.nextInt(associations.size()))
                    : clusters.get(random.nextInt(clusters.size())).id();
            PersonId id = PersonId.of("synthetic-person-" + number(i));
            Person person = new Person(id, "Synthetic", "Person " + number(i),
                    Optional.of(EmailAddress.of(id.value() + "@example.org")), Optional.empty(),
                    List.of(new PersonRole(organisation, "Manager", DateRange.of(day(2005, 2015)), false,
                            Optional.of(RoleKind.MANAGER))));
            people.add(person);
            builder.add(person);
        }
    }

    private void addEventsAndRegistrations() {
        EventKind[] kinds = {EventKind.CONFERENCE, EventKind.THEMATIC_MEETING, EventKind.SUMMIT, EventKind.MATCHMAKING,
                EventKind.WEBINAR};
        SessionFormat[] formats = SessionFormat.values();
        long registrationsLeft = settings.registrations();
        int registrationCounter = 0;
        for (int e = 1; e <= settings.events(); e++) {
            EventId id = EventId.of("synthetic-event-" + number(e));
            LocalDate first = day(2018, 2025);
            ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            boolean timed = random.nextBoolean();
            ZonedDateTime start = ZonedDateTime.of(first, LocalTime.of(9, 0), zone);
            EventSchedule schedule = timed ? EventSchedule.timed(new TimeSlot(start, start.plusHours(8)))
                    : EventSchedule.days(first, first.plusDays(random.nextInt(3)));
            int share = (int) (registrationsLeft / (settings.events() - e + 1));
            registrationsLeft -= share;
            boolean limited = random.nextInt(3) == 0 && share > 4;
            int capacity = limited ? Math.max(1, share * 3 / 4) : 0;
            EventBuilder event = Event.builder(id, "Synthetic event " + number(e), kinds[random.nextInt(kinds.length)],
                            schedule)
                    .venue(Venue.inCity("Synthetic city " + (1 + random.nextInt(50)),
                            CountryCode.of(COUNTRIES.get(random.nextInt(COUNTRIES.size())))))
                    .organisers(associations.get(random.nextInt(associations.size())))
                    .status(first.isBefore(LocalDate.of(2024, 1, 1)) ? EventStatus.HELD : EventStatus.PLANNED)
                    .languages("en");
            if (limited) {
                event.capacity(capacity);
            }
            if (random.nextInt(4) == 0) {
                event.eligibility(EligibilityPolicy.anyOf(EligibilityPolicy.holdsLabel(LabelLevel.values()[random.nextInt(3)]),
                        EligibilityPolicy.representsKind(OrganisationKind.CLUSTER_ASSOCIATION)));
            }
            int sessions = 1 + random.nextInt(4);
            for (int s = 1; s <= sessions; s++) {
                Session session = Session.of(SessionId.of("s" + s), s, "Synthetic session " + s,
                        formats[random.nextInt(formats.length)]);
                if (timed) {
                    session = session.withSlot(new TimeSlot(start.plusHours(2L * (s - 1)), start.plusHours(2L * s)));
                }
                Person speaker = people.get(random.nextInt(people.size()));
                session = session.withContributions(List.of(Contribution.of(speaker.id(), "Synthetic talk " + s)));
                if (random.nextInt(3) == 0) {
                    session = session.withTopics(List.of(new ProposedTopic(LocalizedText.english("Synthetic topic"),
                            Optional.empty(), Optional.of(PolicyLevel.values()[random.nextInt(3)]),
                            Optional.of(random.nextInt(30)))));
                }
                event.sessions(session);
            }
            Event built = event.build();
            builder.add(built);
            registrationCounter = addRegistrations(id, share, capacity, first, built.status() == EventStatus.HELD,
                    registrationCounter);
        }
    }

    /** Adds registrations; at a held event nine in ten people holding a place attended, the rest are no-shows. */
    private int addRegistrations(EventId event, int count, int capacity, LocalDate first, boolean held, int counter) {
        int offset = random.nextInt(people.size());
        int places = 0;
        Instant opened = first.minusDays(60).atStartOfDay(ZoneId.of("UTC")).toInstant();
        int n = counter;
        for (int i = 0; i < count; i++) {
            Person person = people.get((offset + i) % people.size());
            OrganisationId organisation = person.roles().get(0).organisation();
            EventRole role = organisation.value().startsWith("synthetic-association")
                    ? EventRole.ASSOCIATION_REPRESENTATIVE : EventRole.CLUSTER_MANAGER;
            RegistrationState state;
            if (random.nextInt(20) == 0) {
                state = RegistrationState.CANCELLED;
            } else if (capacity == 0 || places < capacity) {
                state = held && random.nextInt(10) != 0 ? RegistrationState.ATTENDED : RegistrationState.REGISTERED;
                places++;
            } else {
                state = RegistrationState.WAITLISTED;
            }
            Registration r = new Registration(RegistrationId.of("synthetic-registration-" + String.format(Locale.ROOT,
                    "%08d", ++n)), event, person.id(), organisation, role, state, opened.plusSeconds(37L * i));
            builder.add(r);
        }
        return n;
    }
}
