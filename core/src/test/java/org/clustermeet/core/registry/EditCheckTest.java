package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventBuilder;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
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
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.WebLink;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * An edit checks only what it touches, yet decides as a full validation would: long random
 * sequences of edits, valid and invalid, each compared with a full validation of its result.
 */
class EditCheckTest {

    private static final List<OrganisationId> ORGANISATIONS = ids(OrganisationId::of, "esca", "sac", "gold-de",
            "silver-fr", "zp", "eca", "ministry", "new-org", "ghost");
    private static final List<EventId> EVENTS = ids(EventId::of, "gold-event", "open-event", "side-event", "ghost-event");
    private static final List<LabelId> LABELS = ids(LabelId::of, "illustrative-gold-2017", "de-gold-2019", "fr-silver-2019",
            "new-label", "other-label", "ghost-label");
    private static final List<MembershipId> MEMBERSHIPS = ids(MembershipId::of, "sac-in-zp", "zp-in-eca", "m1", "m2");

    @RepeatedTest(60)
    void randomEditsFindTheProblemsOfAFullValidation(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Registry registry = TestRegistry.build();
        int applied = 0;
        for (int step = 0; step < 150; step++) {
            RegistryEdit edit = registry.edit();
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                change(edit, registry, random);
            }
            List<String> incremental = sorted(edit.problems());
            List<String> full = sorted(edit.fullValidation());
            assertThat(incremental).as("seed %d, step %d", repetition.getCurrentRepetition(), step)
                    .isEqualTo(full);
            if (full.isEmpty()) {
                registry = edit.apply();
                applied++;
                assertThat(registry.validate()).isEmpty();
            } else {
                assertThatThrownBy(edit::apply).isInstanceOf(RegistryIntegrityException.class);
            }
        }
        assertThat(applied).as("some edits are valid").isPositive();
    }

    @RepeatedTest(20)
    void indexesCarriedThroughEditsEqualIndexesBuiltFromTheMaps(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        Registry registry = TestRegistry.build();
        for (int step = 0; step < 100; step++) {
            RegistryEdit edit = registry.edit();
            for (int i = 0, changes = 1 + random.nextInt(3); i < changes; i++) {
                change(edit, registry, random);
            }
            if (edit.problems().isEmpty()) {
                registry = edit.apply();
                Tables carried = registry.tables();
                Tables built = registry.toBuilder().build().tables();
                for (OrganisationId o : ORGANISATIONS) {
                    assertThat(carried.labelsByHolder().get(o).values()).as("step %d, labels of %s", step, o)
                            .isEqualTo(built.labelsByHolder().get(o).values());
                    assertThat(carried.membershipsByMember().get(o).values()).isEqualTo(built.membershipsByMember().get(o).values());
                    assertThat(carried.membershipsByGroup().get(o).values()).isEqualTo(built.membershipsByGroup().get(o).values());
                    assertThat(carried.eventsByOrganisation().get(o).values()).isEqualTo(built.eventsByOrganisation().get(o).values());
                }
                for (EventId e : EVENTS) {
                    assertThat(carried.registrationsByEvent().get(e).values()).as("step %d, registrations of %s", step, e)
                            .isEqualTo(built.registrationsByEvent().get(e).values());
                    assertThat(carried.roster(e)).as("step %d, roster of %s", step, e).isEqualTo(built.roster(e));
                    assertThat(carried.roster(e).placesTaken(org.clustermeet.core.participation.AttendanceMode.IN_PERSON))
                            .isEqualTo((int) built.registrationsByEvent().get(e).values().stream()
                                    .filter(r -> r.holdsPlace() && r.attends()
                                            == org.clustermeet.core.participation.AttendanceMode.IN_PERSON).count());
                }
            }
        }
    }

    @Test
    void aRegistryBuiltInOneGoCanBeEditedTwiceIndependently() {
        Registry base = TestRegistry.build().toBuilder().build();
        Registry withoutMembership = base.edit().remove(MembershipId.of("sac-in-zp")).apply();
        Registry withLabel = base.edit().put(QualityLabel.of(LabelId.of("new-label"), TestRegistry.SAC,
                TestRegistry.ESCA, LabelLevel.SILVER, LocalDate.of(2019, 6, 1))).apply();
        assertThat(withoutMembership.membershipsOf(TestRegistry.SAC)).isEmpty();
        assertThat(withLabel.membershipsOf(TestRegistry.SAC)).hasSize(1);
        assertThat(base.membershipsOf(TestRegistry.SAC)).hasSize(1);
        assertThat(withLabel.labelsOf(TestRegistry.SAC)).extracting(QualityLabel::id).contains(LabelId.of("new-label"));
        assertThat(withoutMembership.labelsOf(TestRegistry.SAC)).extracting(QualityLabel::id)
                .doesNotContain(LabelId.of("new-label"));
        assertThat(base.labelsOf(TestRegistry.SAC)).isEqualTo(withoutMembership.labelsOf(TestRegistry.SAC));
    }

    @Test
    void threadsAskingAFreshRegistryAtOnceGetTheSameAnswers() throws Exception {
        Registry expected = TestRegistry.build();
        for (int round = 0; round < 20; round++) {
            Registry fresh = expected.toBuilder().build();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<Object>>> answers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    answers.add(pool.submit(() -> answers(fresh)));
                }
                for (java.util.concurrent.Future<List<Object>> answer : answers) {
                    assertThat(answer.get()).isEqualTo(answers(expected));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Every index-backed answer a registry gives about the test universe. */
    private static List<Object> answers(Registry registry) {
        List<Object> out = new ArrayList<>();
        for (OrganisationId o : ORGANISATIONS) {
            out.add(registry.labelsOf(o));
            out.add(registry.membershipsOf(o));
            out.add(registry.membershipsIn(o));
        }
        for (EventId e : EVENTS) {
            out.add(registry.registrationsFor(e));
        }
        return out;
    }

    @Test
    void anEditChangesNothingUntilApplied() {
        Registry registry = TestRegistry.build();
        RegistryEdit edit = registry.edit().remove(MembershipId.of("sac-in-zp"));
        assertThat(registry.membership(MembershipId.of("sac-in-zp"))).isPresent();
        Registry after = edit.apply();
        assertThat(after.membership(MembershipId.of("sac-in-zp"))).isEmpty();
        assertThat(after.membershipsOf(TestRegistry.SAC)).isEmpty();
        assertThat(registry.membershipsOf(TestRegistry.SAC)).hasSize(1);
    }

    @Test
    void removingWhatIsAbsentFailsAtOnceNamingTheId() {
        assertThatThrownBy(() -> TestRegistry.build().edit().remove(LabelId.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no label with id nope in the registry");
    }

    @Test
    void anEmptyEditReturnsTheSameRegistry() {
        Registry registry = TestRegistry.build();
        assertThat(registry.edit().apply()).isSameAs(registry);
    }

    @Test
    void aRefusedEditNamesEveryChangeAndProblem() {
        Registry registry = TestRegistry.build();
        assertThatThrownBy(() -> registry.edit().remove(TestRegistry.ESCA).remove(TestRegistry.ZP).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageStartingWith("cannot remove organisation esca and 1 more change: 9 problems: person p13: role \"Manager\" refers "
                        + "to organisation zp, which does not exist;");
    }

    private static void change(RegistryEdit edit, Registry registry, Random random) {
        switch (random.nextInt(12)) {
            case 0 -> edit.put(organisation(pick(random, ORGANISATIONS), random));
            case 1 -> edit.put(label(random));
            case 2 -> edit.put(membership(random));
            case 3 -> edit.put(event(random));
            case 4, 5 -> edit.put(registration(random));
            case 6 -> edit.put(person(random));
            default -> remove(edit, random);
        }
    }

    private static void remove(RegistryEdit edit, Random random) {
        try {
            switch (random.nextInt(6)) {
                case 0 -> edit.remove(pick(random, ORGANISATIONS));
                case 1 -> edit.remove(pick(random, LABELS));
                case 2 -> edit.remove(pick(random, MEMBERSHIPS));
                case 3 -> edit.remove(pick(random, EVENTS));
                case 4 -> edit.remove(PersonId.of("p" + random.nextInt(22)));
                default -> edit.remove(RegistrationId.of("r" + random.nextInt(12)));
            }
        } catch (IllegalArgumentException absent) {
            assertThat(absent).hasMessageStartingWith("no ").hasMessageEndingWith(" in the registry");
        }
    }

    private static Organisation organisation(OrganisationId id, Random random) {
        CountryCode country = CountryCode.of(random.nextBoolean() ? "PL" : "DE");
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(3) == 0
                    ? ClusterOrganisation.builder(id, "Cluster " + id, country).members(10, 5)
                    .listedOnEccp(DateRange.of(LocalDate.of(2017 + random.nextInt(4), 1, 1),
                            LocalDate.of(2021, 6, 30))).build()
                    : ClusterOrganisation.builder(id, "Cluster " + id, country).members(10, 5)
                    .listedOnEccp(random.nextBoolean()).build();
            case 1 -> random.nextBoolean() ? ClusterAssociation.of(id, "Association " + id, country)
                    : ClusterAssociation.of(id, "Association " + id, country)
                    .withFounding(Founding.on(LocalDate.of(2019, 9, 9), pick(random, EVENTS)));
            case 2 -> Alliance.of(id, "Alliance " + id, Founding.on(LocalDate.of(2019, 9, 9)));
            case 3 -> new LabellingBody(id, NameHistory.of("Body " + id), List.of(), Optional.empty(), Optional.empty(),
                    random.nextBoolean() ? Optional.empty()
                            : Optional.of(DateRange.of(LocalDate.of(2016 + random.nextInt(5), 1, 1))));
            default -> new PublicAuthority(id, NameHistory.of("Authority " + id), List.of(), Optional.of(country),
                    Optional.empty());
        };
    }

    private static QualityLabel label(Random random) {
        LocalDate assessed = LocalDate.of(2015 + random.nextInt(7), 1 + random.nextInt(12), 1);
        LabelLevel level = random.nextBoolean() ? LabelLevel.SILVER : LabelLevel.BRONZE;
        QualityLabel l = QualityLabel.of(pick(random, LABELS), pick(random, ORGANISATIONS), pick(random, ORGANISATIONS),
                level, assessed);
        LabelId renewed = pick(random, LABELS);
        if (random.nextInt(3) == 0 && !renewed.equals(l.id())) {
            l = new QualityLabel(l.id(), l.holder(), l.issuer(), l.level(), l.assessedOn(), l.validUntil(), l.gold(),
                    Optional.of(renewed));
        }
        return l;
    }

    private static Membership membership(Random random) {
        OrganisationId member = pick(random, ORGANISATIONS);
        OrganisationId group = pick(random, ORGANISATIONS.stream().filter(o -> !o.equals(member)).toList());
        Membership m = Membership.of(pick(random, MEMBERSHIPS), member, group, MembershipRole.MEMBER, LocalDate.of(2014 + random.nextInt(8), 1, 1));
        return random.nextBoolean() ? m : m.endedOn(m.period().from().plusYears(1 + random.nextInt(3)));
    }

    private static Event event(Random random) {
        EventId id = pick(random, EVENTS);
        EventBuilder b = Event.builder(id, "Event " + id, EventKind.THEMATIC_MEETING,
                EventSchedule.day(LocalDate.of(2019, 12, 4)));
        if (random.nextBoolean()) {
            b.capacity(1 + random.nextInt(4));
        }
        EventId parent = pick(random, EVENTS);
        if (random.nextInt(3) == 0 && !parent.equals(id)) {
            b.parent(parent);
        }
        if (random.nextInt(3) == 0) {
            b.eligibility(EligibilityPolicy.anyOf(EligibilityPolicy.memberOf(pick(random, ORGANISATIONS)),
                    EligibilityPolicy.holdsLabel(LabelLevel.GOLD)));
        }
        if (random.nextInt(3) == 0) {
            b.organisers(pick(random, ORGANISATIONS));
        }
        if (random.nextInt(3) == 0) {
            b.sessions(Session.of(SessionId.of("s"), 1, "Session", SessionFormat.PLENARY)
                    .withChairs(List.of(PersonId.of("p" + random.nextInt(22)))));
        }
        if (random.nextInt(3) == 0) {
            b.delivery(Delivery.hybrid(WebLink.of("https://example.org/" + id.value())));
            if (random.nextBoolean()) {
                b.onlineCapacity(1 + random.nextInt(3));
            }
        }
        if (random.nextInt(6) == 0) {
            b.status(EventStatus.CANCELLED);
        }
        return b.build();
    }

    private static Registration registration(Random random) {
        RegistrationState[] states = RegistrationState.values();
        return new Registration(RegistrationId.of("r" + random.nextInt(12)), pick(random, EVENTS),
                PersonId.of("p" + random.nextInt(22)), pick(random, ORGANISATIONS), EventRole.OBSERVER,
                states[random.nextInt(states.length)],
                Optional.of(Instant.parse("2019-11-01T10:00:00Z").plusSeconds(random.nextInt(100))),
                random.nextInt(4) == 0 ? AttendanceMode.ONLINE : AttendanceMode.IN_PERSON);
    }

    private static Person person(Random random) {
        return Person.of(PersonId.of("p" + random.nextInt(22)), "Given", "Family")
                .withRole(PersonRole.of(pick(random, ORGANISATIONS), "Manager", LocalDate.of(2015, 1, 1)));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> sorted(List<IntegrityProblem> problems) {
        List<String> words = new ArrayList<>();
        problems.forEach(p -> words.add(p.toString()));
        words.sort(null);
        return words;
    }

    private static <T> List<T> ids(java.util.function.Function<String, T> of, String... values) {
        List<T> ids = new ArrayList<>();
        for (String v : values) {
            ids.add(of.apply(v));
        }
        return List.copyOf(ids);
    }
}
