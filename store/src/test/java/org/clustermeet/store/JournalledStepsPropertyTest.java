package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.EventChangeResult;
import org.clustermeet.core.workflow.SharedRegistry;
import org.clustermeet.core.workflow.StepResult;
import org.clustermeet.core.workflow.WorkflowRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The journal holds exactly what each workflow step changed: random sequences of every step, and
 * after each one a second store opened on the same database reads the registry the first one
 * answered (illustrative data).
 */
class JournalledStepsPropertyTest {

    private static final long SEED = 20_191_204L;
    private static final int STEPS = 60;
    private static final int PEOPLE = 12;
    private static final int CLUSTERS = 4;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final OrganisationId ISSUER = OrganisationId.of("illustrative-labelling-body");
    private static final EventId GOLD_ONLY = EventId.of("gold-only");
    private static final EventId OPEN = EventId.of("open");
    private static final List<EventId> EVENTS = List.of(GOLD_ONLY, OPEN);

    /** The steps the test takes, each named as it is counted. */
    enum Step {
        REGISTER, CANCEL, CHANGE_EVENT, CANCEL_EVENT, MARK_ATTENDED, EDIT_LABEL, EDIT_PERSON
    }

    /** The steps to draw from: registrations weigh three times, so that waiting lists form. */
    private static final List<Step> MIX = List.of(Step.REGISTER, Step.REGISTER, Step.REGISTER, Step.CANCEL,
            Step.CANCEL, Step.CHANGE_EVENT, Step.CANCEL_EVENT, Step.MARK_ATTENDED, Step.EDIT_LABEL, Step.EDIT_PERSON);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSecondStoreReadsWhatEveryStepAnswered(TestDatabase.Kind kind) throws Exception {
        Map<Step, Integer> taken = new EnumMap<>(Step.class);
        int[] refusedPromotions = {0};
        for (int run = 0; run < 2; run++) {
            long seed = SEED + run;
            try (TestDatabase db = TestDatabase.fresh(kind, folder.resolve("run-" + run))) {
                db.create(registry(), CLOCK).close();
                Random random = new Random(seed);
                try (RegistryStore store = RegistryStore.open(db.dataSource(), CLOCK)) {
                    long[] rows = {0};
                    StepCheck check = (what, step, result) -> {
                        taken.merge(step, 1, Integer::sum);
                        if (result instanceof CancellationResult c) {
                            refusedPromotions[0] += c.promotions().refused().size();
                        } else if (result instanceof EventChangeResult c) {
                            refusedPromotions[0] += c.promotions().refused().size();
                        }
                        rows[0] += result.changes().isEmpty() ? 0 : 1;
                        assertThat(store.registry()).isSameAs(result.registry());
                        assertThat(store.sequence()).as("one journal row per step that changed something")
                                .isEqualTo(rows[0]);
                        try (RegistryStore second = RegistryStore.open(db.dataSource(), CLOCK)) {
                            assertThat(second.registry()).as("after %s (%s), seed %d", what, step, seed)
                                    .isEqualTo(result.registry());
                        }
                    };
                    // a waiting list, a waiting cluster losing its label, a place freed: a refused promotion
                    Actor prelude = Actor.of("property-prelude");
                    for (int p = 0; p < CLUSTERS; p++) {
                        check.after("registration " + p, Step.REGISTER, store.registerNow(GOLD_ONLY, person(p),
                                employer(p), EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON, prelude));
                    }
                    check.after("label removed", Step.EDIT_LABEL, store.edit(e -> e.remove(labelId(2)), prelude));
                    check.after("first cancelled", Step.CANCEL, store.cancel(RegistrationId.of("r-1"), prelude));
                    for (int i = 0; i < STEPS; i++) {
                        Step step = MIX.get(random.nextInt(MIX.size()));
                        StepResult result = take(step, store, random, i >= STEPS * 3 / 4);
                        if (result != null) {
                            check.after("step " + i, step, result);
                        }
                    }
                    assertThat(store.registry().validate()).isEmpty();
                }
            }
        }
        assertThat(taken.keySet()).as("every kind of step was taken").containsExactlyInAnyOrder(Step.values());
        assertThat(refusedPromotions[0]).as("promotions refused; steps taken: %s", taken).isPositive();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void memoryAndDatabaseAnswerTheSameStepsTheSameWay(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(registry(), CLOCK)) {
            WorkflowRegistry memory = new SharedRegistry(registry(), CLOCK);
            Random inStore = new Random(SEED);
            Random inMemory = new Random(SEED);
            for (int i = 0; i < STEPS; i++) {
                Step step = MIX.get(inStore.nextInt(MIX.size()));
                assertThat(MIX.get(inMemory.nextInt(MIX.size()))).isEqualTo(step);
                StepResult stored = take(step, store, inStore, i >= STEPS * 3 / 4);
                StepResult held = take(step, memory, inMemory, i >= STEPS * 3 / 4);
                assertThat(held == null).as("step %d (%s) refused alike", i, step).isEqualTo(stored == null);
                if (stored != null) {
                    assertThat(held.changes()).as("step %d (%s)", i, step).isEqualTo(stored.changes());
                }
                assertThat(memory.registry()).isEqualTo(store.registry());
            }
            for (EventId event : EVENTS) {
                assertThat(memory.history(event)).as("history of %s", event).isEqualTo(store.history(event))
                        .isNotEmpty();
            }
        }
    }

    /** The checks after every step. */
    @FunctionalInterface
    private interface StepCheck {
        void after(String what, Step step, StepResult result) throws Exception;
    }

    /**
     * Takes one step: attendance is marked at the open event, the Gold-only one is cancelled (mostly
     * late, as that ends its story; a cancelled event may hold no attended registration). Null when the registry
     * gives the step nothing to act on or refuses it as a bad request.
     */
    private static StepResult take(Step step, WorkflowRegistry store, Random random, boolean late) {
        Registry r = store.registry();
        Actor actor = Actor.of("property-" + step.name().toLowerCase());
        try {
            return switch (step) {
                case REGISTER -> {
                    int p = random.nextInt(PEOPLE);
                    yield store.registerNow(EVENTS.get(random.nextInt(EVENTS.size())), person(p), employer(p),
                            EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON, actor);
                }
                case CANCEL -> {
                    List<Registration> active = r.registrations().stream().filter(x -> x.state().isActive()
                            && x.state() != RegistrationState.ATTENDED).toList();
                    yield active.isEmpty() ? null
                            : store.cancel(active.get(random.nextInt(active.size())).id(), actor);
                }
                case CHANGE_EVENT -> {
                    Event e = r.event(EVENTS.get(random.nextInt(EVENTS.size()))).orElseThrow();
                    yield store.changeEvent(e.withCapacity(1 + random.nextInt(5)), actor);
                }
                case CANCEL_EVENT -> late || random.nextInt(10) == 0 ? store.cancelEvent(GOLD_ONLY, actor) : null;
                case MARK_ATTENDED -> {
                    List<Registration> registered = r.registrations().stream()
                            .filter(x -> x.state() == RegistrationState.REGISTERED && x.event().equals(OPEN)).toList();
                    yield registered.isEmpty() ? null
                            : store.markAttended(registered.get(random.nextInt(registered.size())).id(), actor);
                }
                case EDIT_LABEL -> {
                    // a cluster loses its Gold label or gets it back: waiting registrations may then be refused
                    int c = random.nextInt(CLUSTERS);
                    yield r.label(labelId(c)).isPresent() ? store.edit(e -> e.remove(labelId(c)), actor)
                            : store.edit(e -> e.put(label(c)), actor);
                }
                case EDIT_PERSON -> {
                    int p = random.nextInt(PEOPLE);
                    yield store.edit(e -> e.put(Person.of(person(p), "Given", "Renamed " + random.nextInt(1000))
                            .withRole(PersonRole.of(employer(p), "Manager", LocalDate.of(2015, 1, 1))
                                    .withKind(RoleKind.MANAGER))), actor);
                }
            };
        } catch (IllegalArgumentException refused) {
            // a cancelled event, a capacity below the places taken: refused as the workflow refuses it
            assertThat(store.registry()).isSameAs(r);
            return null;
        }
    }

    private static Registry registry() {
        RegistryBuilder b = Registry.builder()
                .add(new LabellingBody(ISSUER, NameHistory.of("Illustrative labelling body"), List.of(),
                        Optional.empty(), Optional.empty()));
        for (int c = 0; c < CLUSTERS; c++) {
            b.add(ClusterOrganisation.builder(cluster(c), "Illustrative cluster " + c, CountryCode.of("PL"))
                    .members(40, 30).build());
            b.add(label(c));
        }
        b.add(Event.builder(GOLD_ONLY, "Illustrative Gold managers' meeting", EventKind.THEMATIC_MEETING,
                        EventSchedule.day(LocalDate.of(2020, 3, 2))).capacity(2)
                .eligibility(EligibilityPolicy.holdsLabel(LabelLevel.GOLD)).build());
        b.add(Event.builder(OPEN, "Illustrative open workshop", EventKind.MATCHMAKING,
                EventSchedule.day(LocalDate.of(2020, 3, 3))).capacity(3).build());
        for (int p = 0; p < PEOPLE; p++) {
            b.add(Person.of(person(p), "Given", "Family " + p)
                    .withRole(PersonRole.of(employer(p), "Manager", LocalDate.of(2015, 1, 1))
                            .withKind(RoleKind.MANAGER)));
        }
        Registry registry = b.build();
        assertThat(registry.events()).extracting(Event::status).containsOnly(EventStatus.PLANNED);
        return registry;
    }

    private static OrganisationId cluster(int c) {
        return OrganisationId.of("illustrative-cluster-" + c);
    }

    private static LabelId labelId(int c) {
        return LabelId.of("illustrative-gold-" + c);
    }

    private static QualityLabel label(int c) {
        return QualityLabel.gold(labelId(c), cluster(c), ISSUER, LocalDate.of(2019, 3, 1), GoldAssessment.of("90", 2));
    }

    private static PersonId person(int p) {
        return PersonId.of("p" + p);
    }

    private static OrganisationId employer(int p) {
        return cluster(p % CLUSTERS);
    }

}
