package org.clustermeet.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.store.RegistryStore;

/**
 * Example 5: registrations kept in the embedded database. Creates a store in a temporary folder,
 * registers three people for a workshop with two places, opens the store again to show that every
 * registration survived, cancels one (the waiting person is promoted) and compacts the journal.
 * The association, people and workshop are illustrative, not from the domain facts; the clock is
 * fixed in January 2030, while registration for the workshop is open.
 */
public final class StoreRegistrations {

    private static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    private static final EventId WORKSHOP = EventId.of("illustrative-workshop");
    private static final Actor SECRETARIAT = Actor.of("illustrative-secretariat");
    private static final Clock JANUARY_2030 = Clock.fixed(Instant.parse("2030-01-10T09:00:00Z"), ZoneOffset.UTC);

    private StoreRegistrations() {
    }

    /**
     * Runs the example.
     *
     * @param args none
     * @throws IOException if the temporary folder cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("clustermeet-store-");
        try {
            run(folder.resolve("meetings"), System.out);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void run(Path database, PrintStream out) {
        try (RegistryStore store = RegistryStore.createEmbedded(database, registry(), JANUARY_2030)) {
            for (String person : new String[] {"anna", "jan", "maria"}) {
                out.println(store.registerNow(WORKSHOP, PersonId.of(person), ASSOCIATION, EventRole.OBSERVER,
                        AttendanceMode.IN_PERSON, SECRETARIAT).outcome().describe());
            }
        }
        try (RegistryStore store = RegistryStore.openEmbedded(database, JANUARY_2030)) {
            out.println("Opened again: " + store.registry().registrationsFor(WORKSHOP).size()
                    + " registrations, journal at change " + store.sequence());
            CancellationResult cancelled = store.cancel(RegistrationId.of("r-1"), SECRETARIAT);
            out.println("Cancelled " + cancelled.cancelled().id() + "; promoted: "
                    + cancelled.promoted().map(r -> r.id().value()).orElse("nobody"));
            out.println("Compacted: opening now skips " + store.compact() + " journal rows, snapshot at change "
                    + store.sequence());
            out.println("History of r-3:");
            store.history(RegistrationId.of("r-3")).forEach(e -> out.println("  " + e.describe()));
        }
        out.println("(Illustrative data: the association, its members and the workshop are invented.)");
    }

    private static Registry registry() {
        var builder = Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(WORKSHOP, "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2030, 2, 1))).capacity(2).build());
        for (String person : new String[] {"anna", "jan", "maria"}) {
            builder.add(Person.of(PersonId.of(person), "Illustrative", person)
                    .withRole(PersonRole.of(ASSOCIATION, "Member", LocalDate.of(2029, 1, 1))));
        }
        return builder.build();
    }
}
