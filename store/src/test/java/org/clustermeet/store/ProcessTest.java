package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Stores in other processes: killed in the middle of their work, and two at once on one database. */
class ProcessTest {

    private static final int PEOPLE = 2_000;

    @TempDir
    Path folder;

    /** The threads of the child that is killed in the middle of a group. */
    private static final int GROUP_THREADS = 8;

    static Stream<Arguments> kindsAndSeeds() {
        return Stream.of(TestDatabase.Kind.values())
                .flatMap(kind -> Stream.of(11L, 23L, 37L).map(seed -> Arguments.of(kind, seed)));
    }

    /** The lines a child printed, read as they come. */
    private static CompletableFuture<List<String>> lines(Process child, List<String> sink) {
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    sink.add(line);
                }
            } catch (IOException e) {
                // the child was killed while we read: what was read is what it acknowledged
            }
            return sink;
        });
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("kindsAndSeeds")
    void aStoreKilledAtARandomMomentKeepsEveryAcknowledgedRegistration(TestDatabase.Kind kind, long seed)
            throws Exception {
        killedAtARandomMoment(kind, seed, 1);
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("kindsAndSeeds")
    void aStoreKilledInTheMiddleOfAGroupKeepsEveryAcknowledgedRegistration(TestDatabase.Kind kind, long seed)
            throws Exception {
        killedAtARandomMoment(kind, seed, GROUP_THREADS);
    }

    private void killedAtARandomMoment(TestDatabase.Kind kind, long seed, int threads) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(PEOPLE, 50), JANUARY).close();
            List<String> printed = Collections.synchronizedList(new ArrayList<>());
            Process child = StoreChild.start("crash", db.location(), Integer.toString(PEOPLE),
                    Integer.toString(threads));
            CompletableFuture<List<String>> reading = lines(child, printed);
            long waitForFirst = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (printed.isEmpty() && child.isAlive() && System.nanoTime() < waitForFirst) {
                Thread.sleep(5);
            }
            assertThat(printed).as("the child acknowledged something before the kill").isNotEmpty();
            Thread.sleep(50 + new Random(seed).nextInt(400));
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of
            // the child's output, losing the acknowledgements still in the pipe
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> lines = reading.get(30, TimeUnit.SECONDS);
            assertThat(lines).as("killed before it finished").doesNotContain("DONE");

            Map<RegistrationId, RegistrationState> acknowledged = new HashMap<>();
            lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.split(" "))
                    .forEach(p -> acknowledged.put(RegistrationId.of(p[1]), RegistrationState.valueOf(p[2])));
            try (RegistryStore reopened = db.open(JANUARY)) {
                Registry registry = reopened.registry();
                assertThat(registry.validate()).isEmpty();
                acknowledged.forEach((id, state) -> assertThat(registry.registration(id))
                        .as("acknowledged registration %s", id).get().extracting(Registration::state).isEqualTo(state));
                List<Registration> stored = registry.registrationsFor(EVENT);
                assertThat(stored.stream().collect(Collectors.groupingBy(Registration::person, Collectors.counting())))
                        .as("no refused registration was stored").allSatisfy((person, n) -> assertThat(n).isOne());
                assertThat(stored.size() - acknowledged.size())
                        .as("at most the changes of the group committed while the child was killed (one a thread) "
                                + "are unacknowledged")
                        .isBetween(0, threads);
                assertThat(lines).anyMatch(l -> l.startsWith("REFUSED "));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoProcessesWithFourThreadsEachNeverOverbookAndKeepArrivalOrder(TestDatabase.Kind kind) throws Exception {
        int capacity = 100;
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(PEOPLE, capacity), JANUARY).close();
            // the test holds the database open, so that with H2 it is the server both children use
            try (RegistryStore here = TestDatabase.openLocation(db.sharedLocation(), JANUARY)) {
                List<String> first = Collections.synchronizedList(new ArrayList<>());
                List<String> second = Collections.synchronizedList(new ArrayList<>());
                Process a = StoreChild.start("register", db.sharedLocation(), "4", "0", "1000", "2000");
                Process b = StoreChild.start("register", db.sharedLocation(), "4", "1000", "1000", "2000");
                CompletableFuture<List<String>> readA = lines(a, first);
                CompletableFuture<List<String>> readB = lines(b, second);
                assertThat(a.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(b.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(a.exitValue()).isZero();
                assertThat(b.exitValue()).isZero();
                List<String> outA = readA.get(10, TimeUnit.SECONDS);
                List<String> outB = readB.get(10, TimeUnit.SECONDS);

                Registry end = here.refresh();
                List<String> outcomes = Stream.concat(outA.stream(), outB.stream()).filter(l -> l.startsWith("OUT "))
                        .toList();
                assertThat(outcomes).hasSize(PEOPLE).noneMatch(l -> l.startsWith("OUT - "));
                Map<RegistrationId, String[]> byId = outcomes.stream().map(l -> l.split(" "))
                        .collect(Collectors.toMap(p -> RegistrationId.of(p[1]), Function.identity()));
                assertThat(byId).hasSize(PEOPLE);
                assertThat(byId.values()).filteredOn(p -> p[2].equals("REGISTERED")).hasSize(capacity);

                List<Registration> all = end.registrationsFor(EVENT);
                assertThat(all).hasSize(PEOPLE);
                assertThat(all).extracting(Registration::id).containsExactlyInAnyOrderElementsOf(byId.keySet());
                assertThat(all).filteredOn(Registration::holdsPlace).hasSize(capacity);
                List<Registration> waiting = RegistrationWorkflow.waitingList(end, EVENT);
                assertThat(waiting).hasSize(PEOPLE - capacity);
                for (int i = 0; i < waiting.size(); i++) {
                    String[] told = byId.get(waiting.get(i).id());
                    assertThat(told[2]).isEqualTo("WAITLISTED");
                    assertThat(Integer.parseInt(told[3])).as("position told to %s", told[1]).isEqualTo(i + 1);
                }
                assertThat(waiting).extracting(r -> Long.parseLong(r.id().value().substring(2))).isSorted();
                assertThat(end.validate()).isEmpty();

                String finalA = outA.get(outA.size() - 1);
                String finalB = outB.get(outB.size() - 1);
                assertThat(finalA).startsWith("FINAL ").isEqualTo(finalB)
                        .isEqualTo("FINAL " + here.sequence() + " " + StoreChild.digest(end));
            }
        }
    }
}
