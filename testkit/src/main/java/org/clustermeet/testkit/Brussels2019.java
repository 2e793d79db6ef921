package org.clustermeet.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
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
import org.clustermeet.core.organisation.NameStart;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * Sample data: DG GROW's meeting with managers of Gold-Label cluster organisations in Brussels on
 * 4 December 2019, rebuilt through the public API, with the European Clusters Alliance founded at
 * REDS 2019 in Warsaw and the Polish ministry renamed in November 2019.
 *
 * <p><b>What is real and what is illustrative.</b> Real, from the news item of 8 December 2019:
 * the event (date, city, organiser DG GROW, three sessions and what they were about, nine proposed
 * topics of which three are named as the most popular), the figures it states
 * ({@link #statedFigures()}), ZP Klastry Polskie, the European Clusters Alliance founded in
 * September 2019 at REDS 2019 in Warsaw, organised by the ministry with ZP Klastry Polskie in the
 * presence of minister Jadwiga Emilewicz and deputy minister Marcin Ociepa, the ministry's two
 * names, Krzysztof Krystowski and his two presidencies, the Silesian Aviation Cluster as a
 * Gold-Label holder, and the presentations published on the ECCP. From the project's domain notes
 * ({@code domain.md}), not from the article: the Warsaw Declaration's date (9 September 2019),
 * ESCA (since 2010) and EUCLES (issuing since December 2020), the Silesian Aviation Cluster's
 * founding on 1 September 2006, its region PL22 and its first Gold label in February 2018, and the
 * label counts of {@link #statedCounts()}. Illustrative, invented so that the registry matches the
 * article's totals: every organisation and person whose name starts with "Illustrative", the six
 * unnamed topics, all member and SME counts (the Silesian Aviation Cluster's included), Gold
 * scores and assessor counts, assessment days other than the Silesian Aviation Cluster's month,
 * registration times, the illustrative people's e-mail addresses (at example.org) and phone
 * numbers (country code +00), session formats other than session 1's world café, and the first day of
 * each role (the day the sources attest it, not the day it began). Our choices: the ministry's
 * renaming on 15 November 2019 for "mid-November 2019", ESCA's period from 1 January 2010 for
 * "since 2010", the ministry's first name as unknown before 9 September 2019, and the names of the
 * three real people (named by the published news item) as publishable; the illustrative people
 * were not asked, so public output shows them as "a participant from ORGANISATION".
 *
 * <p>The figures of the meeting's report (50 cluster organisations, 17 countries, 6,539 SMEs, 20
 * other participants) are computed from this data by {@code EventReports.report}; the article's
 * own figures ("more than 6,500", "about 20", ...) are stored beside them as stated figures, never
 * in their place. Not instantiable.
 */
public final class Brussels2019 {

    /** The meeting of 4 December 2019. */
    public static final EventId MEETING = EventId.of("brussels-2019-12-04-gold-label-meeting");
    /** The side meeting of the Alliance's national associations on 3 December 2019. */
    public static final EventId ALLIANCE_SIDE_MEETING = EventId.of("brussels-2019-12-03-eca-associations");
    /** The side meeting of the working group preparing a labelling association with ESCA, 3 December 2019. */
    public static final EventId LABELLING_SIDE_MEETING = EventId.of("brussels-2019-12-03-labelling-working-group");
    /** The Regional Economic and Diplomacy Summit 2019 in Warsaw, where the Alliance was founded. */
    public static final EventId REDS_2019 = EventId.of("reds-2019-warsaw");
    /** The day of the meeting. */
    public static final LocalDate MEETING_DAY = LocalDate.of(2019, 12, 4);
    /** The day the European Clusters Alliance was founded (Warsaw Declaration). */
    public static final LocalDate ALLIANCE_FOUNDED = LocalDate.of(2019, 9, 9);
    /** The day the Polish ministry took its new name (the new government of mid-November 2019). */
    public static final LocalDate MINISTRY_RENAMED = LocalDate.of(2019, 11, 15);

    /** DG GROW of the European Commission. */
    public static final OrganisationId DG_GROW = OrganisationId.of("dg-grow");
    /** ESCA, the European Secretariat for Cluster Analysis. */
    public static final OrganisationId ESCA = OrganisationId.of("esca");
    /** EUCLES, which issues the labels since December 2020. */
    public static final OrganisationId EUCLES = OrganisationId.of("eucles");
    /** ZP Klastry Polskie, the Polish Clusters Employers' Association. */
    public static final OrganisationId ZP_KLASTRY_POLSKIE = OrganisationId.of("zp-klastry-polskie");
    /** The European Clusters Alliance. */
    public static final OrganisationId EUROPEAN_CLUSTERS_ALLIANCE = OrganisationId.of("european-clusters-alliance");
    /** The Polish ministry: Entrepreneurship and Technology, then Development. */
    public static final OrganisationId POLISH_MINISTRY = OrganisationId.of("pl-ministry-development");
    /** The Silesian Aviation Cluster, the first Polish Gold-label holder. */
    public static final OrganisationId SILESIAN_AVIATION_CLUSTER = OrganisationId.of("silesian-aviation-cluster");
    /** Krzysztof Krystowski. */
    public static final PersonId KRYSTOWSKI = PersonId.of("krzysztof-krystowski");
    /** Jadwiga Emilewicz, the minister present at the Warsaw summit of September 2019. */
    public static final PersonId EMILEWICZ = PersonId.of("jadwiga-emilewicz");
    /** Marcin Ociepa, the deputy minister present at the Warsaw summit of September 2019. */
    public static final PersonId OCIEPA = PersonId.of("marcin-ociepa");

    /** The meeting's eligibility: Gold-label cluster managers, or association and labelling-body representatives. */
    public static final EligibilityPolicy ELIGIBILITY = EligibilityPolicy.anyOf(
            EligibilityPolicy.allOf(EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
                    EligibilityPolicy.holdsLabel(LabelLevel.GOLD)),
            EligibilityPolicy.representsKind(OrganisationKind.CLUSTER_ASSOCIATION, OrganisationKind.ALLIANCE,
                    OrganisationKind.LABELLING_BODY));

    /** The 17 countries of the Gold-label cluster organisations (the split per country is illustrative). */
    private static final List<String> COUNTRIES = List.of("PL", "DE", "FR", "ES", "IT", "AT", "BE", "DK", "SE",
            "NO", "FI", "NL", "CZ", "HU", "PT", "IE", "EL");

    private static final int ILLUSTRATIVE_CLUSTERS = 49;
    private static final int ESCA_REPRESENTATIVES = 3;

    private Brussels2019() {
    }

    /**
     * Builds the registry: organisations, people, labels, memberships, the events, and the
     * registrations made through {@code RegistrationWorkflow.register}, all marked attended and the meeting
     * marked held.
     *
     * @return a new registry holding the sample
     */
    public static Registry registry() {
        RegistryBuilder b = Registry.builder();
        addRealOrganisations(b);
        addRealPeopleAndEvents(b);
        List<RegistrationRequest> requests = new ArrayList<>();
        addClusters(b, requests);
        addAssociationsAndLabellingBody(b, requests);
        statedCounts().forEach(b::add);
        Registry registry = b.build();
        for (RegistrationRequest request : requests) {
            RegistrationResult result = RegistrationWorkflow.register(registry, request);
            if (!(result.outcome() instanceof RegistrationOutcome.Accepted)) {
                throw new IllegalStateException("sample registration not accepted: " + result.outcome().describe());
            }
            registry = RegistrationWorkflow.markAttended(result.registry(), request.id()).registry();
        }
        Event held = registry.event(MEETING).orElseThrow().withStatus(EventStatus.HELD);
        return registry.edit().put(held).apply();
    }

    /**
     * Returns what the news item of 8 December 2019 states about the meeting, in its own words:
     * 50 managers of Gold-Label cluster organisations from 17 countries, more than 6,500 SMEs, about
     * 20 further participants, nearly half of all Gold-labelled cluster organisations (the Polish
     * "blisko połowę": nearly, not about), nine proposed topics, and sectors that include energy,
     * health, automotive and agri-food. Reports show these beside the figures computed from the data.
     *
     * @return the stated figures
     */
    public static List<StatedFigure> statedFigures() {
        String news = "news item of the Polish cluster association, 8 December 2019";
        return List.of(
                StatedFigure.of(StatedFigure.Figure.CLUSTER_ORGANISATIONS, StatedCount.Qualifier.EXACTLY, 50, news),
                StatedFigure.of(StatedFigure.Figure.COUNTRIES, StatedCount.Qualifier.EXACTLY, 17, news),
                StatedFigure.of(StatedFigure.Figure.SMES_REPRESENTED, StatedCount.Qualifier.MORE_THAN, 6500, news),
                StatedFigure.of(StatedFigure.Figure.OTHER_PARTICIPANTS, StatedCount.Qualifier.ABOUT, 20, news),
                StatedFigure.of(StatedFigure.Figure.SHARE_OF_GOLD_LABEL_HOLDERS, StatedCount.Qualifier.NEARLY, 50,
                        news),
                StatedFigure.of(StatedFigure.Figure.PROPOSED_TOPICS, StatedCount.Qualifier.EXACTLY, 9, news),
                new StatedFigure(StatedFigure.Figure.SECTORS, StatedCount.Qualifier.AT_LEAST, 4,
                        List.of("energy", "health", "automotive", "agri-food"), news));
    }

    /**
     * Returns the counts that sources state about labels, as dated facts.
     *
     * @return the stated counts
     */
    public static List<StatedCount> statedCounts() {
        String around2019 = "count given in the project's domain notes (domain.md) for around December 2019 (the news item of 8 December 2019 says "
                + "the meeting gathered nearly half of all Gold-labelled cluster organisations); source document not "
                + "recorded";
        String ecei = "counts reported for 2023; source document not recorded";
        String gold = "cluster organisations holding a GOLD label";
        return List.of(
                new StatedCount(FactId.of("gold-labels-2019-12"), gold, StatedCount.Qualifier.ABOUT, 100,
                        LocalDate.of(2019, 12, 1), StatedCount.Precision.MONTH, around2019),
                new StatedCount(FactId.of("gold-labels-2023"), gold, StatedCount.Qualifier.EXACTLY, 137,
                        LocalDate.of(2023, 1, 1), StatedCount.Precision.YEAR, ecei),
                new StatedCount(FactId.of("silver-labels-2023"), "cluster organisations holding a SILVER label",
                        StatedCount.Qualifier.EXACTLY, 172, LocalDate.of(2023, 1, 1), StatedCount.Precision.YEAR, ecei),
                new StatedCount(FactId.of("bronze-labels-2023"), "cluster organisations holding a BRONZE label",
                        StatedCount.Qualifier.EXACTLY, 1261, LocalDate.of(2023, 1, 1), StatedCount.Precision.YEAR,
                        ecei));
    }

    private static void addRealOrganisations(RegistryBuilder b) {
        b.add(new PublicAuthority(DG_GROW, NameHistory.of(LocalizedText.english(
                        "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs")),
                List.of("DG GROW"), Optional.empty(), Optional.empty()));
        b.add(new PublicAuthority(POLISH_MINISTRY,
                NameHistory.of(LocalizedText.of(Map.of("en", "Ministry of Entrepreneurship and Technology",
                                "pl", "Ministerstwo Przedsiębiorczości i Technologii")))
                        .renamedOn(MINISTRY_RENAMED, LocalizedText.of(Map.of("en", "Ministry of Development",
                                "pl", "Ministerstwo Rozwoju")))
                        // the sources attest the first name from the Warsaw summit; earlier names are not recorded
                        .startingAt(NameStart.unknownBefore(ALLIANCE_FOUNDED)),
                List.of(), Optional.of(CountryCode.of("PL")), Optional.empty()));
        // ESCA assesses labels "since 2010" (taken as from 1 January 2010); EUCLES issues them "since December 2020"
        b.add(new LabellingBody(ESCA, NameHistory.of("European Secretariat for Cluster Analysis"), List.of("ESCA"),
                Optional.of(CountryCode.of("DE")), Optional.empty(), Optional.of(DateRange.of(LocalDate.of(2010, 1, 1)))));
        b.add(new LabellingBody(EUCLES, NameHistory.of("EUCLES"), List.of(), Optional.of(CountryCode.of("BE")),
                Optional.empty(), Optional.of(DateRange.of(LocalDate.of(2020, 12, 1)))));
        b.add(new ClusterAssociation(ZP_KLASTRY_POLSKIE,
                NameHistory.of(LocalizedText.of(Map.of("en", "Polish Clusters Employers' Association",
                        "pl", "ZP Klastry Polskie"))),
                List.of("ZP Klastry Polskie"), CountryCode.of("PL"), Optional.empty(), Optional.empty()));
        b.add(new Alliance(EUROPEAN_CLUSTERS_ALLIANCE, NameHistory.of("European Clusters Alliance")
                .startingAt(NameStart.began(ALLIANCE_FOUNDED)), List.of("ECA"),
                Optional.of(Founding.on(ALLIANCE_FOUNDED, REDS_2019)), Optional.empty()));
        b.add(Membership.of(MembershipId.of("zp-klastry-polskie-in-eca"), ZP_KLASTRY_POLSKIE,
                EUROPEAN_CLUSTERS_ALLIANCE, MembershipRole.FOUNDING_MEMBER, ALLIANCE_FOUNDED));
        b.add(ClusterOrganisation.builder(SILESIAN_AVIATION_CLUSTER, "Silesian Aviation Cluster", CountryCode.of("PL"))
                .localName("pl", "Śląski Klaster Lotniczy")
                .region(NutsCode.of("PL22"))
                .ecosystems(IndustrialEcosystem.AEROSPACE_AND_DEFENCE)
                .founded(LocalDate.of(2006, 9, 1))
                .members(150, 120)
                .listedOnEccp(true)
                .build());
        b.add(QualityLabel.gold(LabelId.of("silesian-aviation-cluster-gold-2018"), SILESIAN_AVIATION_CLUSTER, ESCA,
                LocalDate.of(2018, 2, 15), GoldAssessment.of("82.0", 2)));
    }

    private static void addRealPeopleAndEvents(RegistryBuilder b) {
        // the three real people were named by the published news item, so their names are recorded as
        // publishable (our choice: the sources record no consent); everyone else is not asked
        b.add(new Person(KRYSTOWSKI, "Krzysztof", "Krystowski", Optional.empty(), Optional.empty(), List.of(
                PersonRole.of(ZP_KLASTRY_POLSKIE, "President", MEETING_DAY).withKind(RoleKind.PRESIDENT),
                PersonRole.of(SILESIAN_AVIATION_CLUSTER, "President", MEETING_DAY).withKind(RoleKind.PRESIDENT)))
                .withNamePublication(NamePublication.YES));
        // the minister and the deputy minister at REDS 2019, named in the news item; their roles are
        // recorded from the summit's day (the day the source attests them) until the ministry's renaming
        b.add(new Person(EMILEWICZ, "Jadwiga", "Emilewicz", Optional.empty(), Optional.empty(), List.of(
                new PersonRole(POLISH_MINISTRY, "Minister", DateRange.of(ALLIANCE_FOUNDED, MINISTRY_RENAMED.minusDays(1)))))
                .withNamePublication(NamePublication.YES));
        b.add(new Person(OCIEPA, "Marcin", "Ociepa", Optional.empty(), Optional.empty(), List.of(
                new PersonRole(POLISH_MINISTRY, "Deputy minister", DateRange.of(ALLIANCE_FOUNDED,
                        MINISTRY_RENAMED.minusDays(1)))))
                .withNamePublication(NamePublication.YES));
        // their attendance is from the news item; the registration times are illustrative
        Instant summitRegistration = Instant.parse("2019-09-01T08:00:00Z");
        b.add(new Registration(RegistrationId.of("reds-2019-emilewicz"), REDS_2019, EMILEWICZ, POLISH_MINISTRY,
                EventRole.ORGANISER, RegistrationState.ATTENDED, summitRegistration));
        b.add(new Registration(RegistrationId.of("reds-2019-ociepa"), REDS_2019, OCIEPA, POLISH_MINISTRY,
                EventRole.ORGANISER, RegistrationState.ATTENDED, summitRegistration));
        b.add(Event.builder(REDS_2019, "Regional Economic and Diplomacy Summit 2019", EventKind.SUMMIT,
                        EventSchedule.day(ALLIANCE_FOUNDED))
                .venue(Venue.inCity("Warsaw", CountryCode.of("PL")))
                .organisers(POLISH_MINISTRY, ZP_KLASTRY_POLSKIE)
                .status(EventStatus.HELD)
                .build());
        b.add(Event.builder(MEETING, "Meeting with managers of Gold-Label cluster organisations",
                        EventKind.THEMATIC_MEETING, EventSchedule.day(MEETING_DAY))
                .localTitle("pl", "Spotkanie 50 Gold-Label Clusters")
                .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                .organisers(DG_GROW)
                .eligibility(ELIGIBILITY)
                // the presentations were published on the meeting's own ECCP page
                .materials(WebLink.of("https://www.clustercollaboration.eu/news/meeting-50-gold-label-clusters"))
                .stated(statedFigures().toArray(StatedFigure[]::new))
                .languages("en")
                .sessions(session1(), session2(), session3())
                .build());
        b.add(Event.builder(ALLIANCE_SIDE_MEETING, "Meeting of the European Clusters Alliance's national associations",
                        EventKind.SIDE_EVENT, EventSchedule.day(MEETING_DAY.minusDays(1)))
                .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                .parent(MEETING)
                .status(EventStatus.HELD)
                .build());
        b.add(Event.builder(LABELLING_SIDE_MEETING, "Working group preparing a labelling association with ESCA",
                        EventKind.SIDE_EVENT, EventSchedule.day(MEETING_DAY.minusDays(1)))
                .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                .parent(MEETING)
                .status(EventStatus.HELD)
                .build());
    }

    private static Session session1() {
        return Session.of(SessionId.of("s1-cluster-certification"), 1,
                "The way forward for cluster certification: European Cluster Excellence (practical aspects of "
                        + "labelling, programmes dedicated to clusters)", SessionFormat.WORLD_CAFE);
    }

    private static Session session2() {
        // the news item names these three as the most popular of the nine, without counts or order
        List<ProposedTopic> topics = new ArrayList<>(List.of(
                ProposedTopic.titled("Clusters and digital innovation hubs").markedMostPopular(),
                ProposedTopic.titled("The definition of clusters").markedMostPopular(),
                ProposedTopic.titled("Internationalisation").markedMostPopular()));
        for (int i = 4; i <= 9; i++) {
            topics.add(ProposedTopic.titled("Illustrative topic " + i + " (not named in the source)"));
        }
        return Session.of(SessionId.of("s2-policy-needs"), 2,
                        "Participants' needs for cluster policy at regional, national and EU level",
                        SessionFormat.WORKSHOP)
                .withTopics(topics);
    }

    private static Session session3() {
        return Session.of(SessionId.of("s3-next-generation"), 3,
                        "Feedback on the next generation of EU cluster initiatives (Joint Cluster Initiatives under "
                                + "the Single Market Programme)", SessionFormat.PLENARY)
                .withContributions(List.of(Contribution.of(KRYSTOWSKI, "The European Clusters Alliance")));
    }

    private static void addClusters(RegistryBuilder b, List<RegistrationRequest> requests) {
        IndustrialEcosystem[] ecosystems = IndustrialEcosystem.values();
        PersonId sacManager = PersonId.of("illustrative-manager-00");
        b.add(illustrativePerson(sacManager, "Manager 00", SILESIAN_AVIATION_CLUSTER, "Cluster manager",
                Optional.of(RoleKind.MANAGER)));
        requests.add(request(0, sacManager, SILESIAN_AVIATION_CLUSTER, EventRole.CLUSTER_MANAGER));
        for (int i = 1; i <= ILLUSTRATIVE_CLUSTERS; i++) {
            String number = String.format(Locale.ROOT, "%02d", i);
            CountryCode country = CountryCode.of(COUNTRIES.get(i % COUNTRIES.size()));
            OrganisationId id = OrganisationId.of("illustrative-cluster-" + number);
            int smes = 85 + (i * 41) % 89;
            ClusterOrganisation.Builder cluster = ClusterOrganisation.builder(id,
                            "Illustrative Gold cluster " + number + " (" + country + ")", country)
                    .ecosystems(ecosystems[i % ecosystems.length], ecosystems[(i * 5 + 3) % ecosystems.length])
                    .members(smes + 20 + i % 30, smes)
                    .listedOnEccp(true);
            if (country.value().equals("GR")) {
                cluster.region(NutsCode.of("EL30"));
            }
            b.add(cluster.build());
            LocalDate assessed = YearMonth.of(2018, 1).plusMonths(i % 23).atDay(15);
            b.add(QualityLabel.gold(LabelId.of("illustrative-cluster-" + number + "-gold"), id, ESCA, assessed,
                    GoldAssessment.of((80 + (i * 7) % 15) + "." + (i % 10), 2 + i % 2)));
            PersonId manager = PersonId.of("illustrative-manager-" + number);
            b.add(illustrativePerson(manager, "Manager " + number, id, "Cluster manager", Optional.of(RoleKind.MANAGER)));
            requests.add(request(requests.size(), manager, id, EventRole.CLUSTER_MANAGER));
        }
    }

    private static void addAssociationsAndLabellingBody(RegistryBuilder b, List<RegistrationRequest> requests) {
        requests.add(request(requests.size(), KRYSTOWSKI, ZP_KLASTRY_POLSKIE, EventRole.SPEAKER));
        for (String code : COUNTRIES) {
            if (code.equals("PL")) {
                continue;
            }
            CountryCode country = CountryCode.of(code);
            OrganisationId id = OrganisationId.of("illustrative-association-" + country.value().toLowerCase(Locale.ROOT));
            b.add(ClusterAssociation.of(id, "Illustrative cluster association (" + country + ")", country));
            PersonId person = PersonId.of("illustrative-representative-" + country.value().toLowerCase(Locale.ROOT));
            b.add(illustrativePerson(person, "Representative " + country, id, "Representative", Optional.empty()));
            requests.add(request(requests.size(), person, id, EventRole.ASSOCIATION_REPRESENTATIVE));
        }
        for (int i = 1; i <= ESCA_REPRESENTATIVES; i++) {
            PersonId person = PersonId.of("illustrative-esca-representative-" + i);
            b.add(illustrativePerson(person, "ESCA representative " + i, ESCA, "Representative", Optional.empty()));
            requests.add(request(requests.size(), person, ESCA, EventRole.LABELLING_BODY_REPRESENTATIVE));
        }
    }

    /**
     * An invented person, with an invented e-mail address at example.org and an invented phone
     * number (country code +00), so that exports can show what is personal data. A representative's
     * kind of position is not stated (the source says nothing of it).
     */
    private static Person illustrativePerson(PersonId id, String familyName, OrganisationId organisation,
                                             String title, Optional<RoleKind> kind) {
        int number = Math.floorMod(id.value().hashCode(), 1_000_000);
        return new Person(id, "Illustrative", familyName, Optional.of(EmailAddress.of(id.value() + "@example.org")),
                Optional.of(PhoneNumber.of(String.format(Locale.ROOT, "+00 %06d", number))),
                List.of(new PersonRole(organisation, title, DateRange.of(MEETING_DAY), false, kind)));
    }

    private static RegistrationRequest request(int index, PersonId person, OrganisationId organisation,
                                               EventRole role) {
        String number = String.format(Locale.ROOT, "%03d", index);
        Instant at = Instant.parse("2019-11-04T09:00:00Z").plusSeconds(600L * index);
        return new RegistrationRequest(RegistrationId.of("brussels-2019-" + number), MEETING, person, organisation,
                role, at);
    }
}
