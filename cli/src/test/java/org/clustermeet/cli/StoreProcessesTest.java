package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.json.RegistryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several command-line processes on one embedded store at once: each waits its turn for the
 * database file. The registry is illustrative: eight members of an association and a workshop in
 * 2031 with three places.
 */
class StoreProcessesTest {

    private static final int PROCESSES = 8;
    private static final int CAPACITY = 3;

    @TempDir
    Path dir;

    private Path document() throws Exception {
        OrganisationId org = OrganisationId.of("association");
        RegistryBuilder builder = Registry.builder()
                .add(ClusterAssociation.of(org, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EventId.of("workshop"), "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(CAPACITY).build());
        for (int i = 0; i < PROCESSES; i++) {
            builder.add(Person.of(PersonId.of("p" + i), "Given", "Family " + i)
                    .withRole(PersonRole.of(org, "Member", LocalDate.of(2020, 1, 1))));
        }
        Path file = dir.resolve("workshop.json");
        RegistryJson.defaults().save(builder.build(), file);
        return file;
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), ClusterMeetCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void eightProcessesRegisteringOnOneEmbeddedStoreAllCompleteAndTheCapacityHolds() throws Exception {
        String db = dir.resolve("meetings").toString();
        ClusterMeetCliTest.Run created = ClusterMeetCliTest.run("--lang", "en", "store", "create", db,
                "--from", document().toString());
        assertThat(created.code()).as(created.err()).isZero();

        List<Process> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(start("store", "register", db, "--lang", "en", "--event", "workshop", "--person", "p" + i,
                    "--organisation", "association", "--role", "observer"));
        }
        List<String> outputs = new ArrayList<>();
        for (Process child : children) {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(child.exitValue()).as(output).isZero();
            outputs.add(output);
        }

        assertThat(outputs).filteredOn(o -> o.contains("accepted")).hasSize(CAPACITY);
        assertThat(outputs).filteredOn(o -> o.contains("waitlisted")).hasSize(PROCESSES - CAPACITY);
        Path dump = dir.resolve("dump.json");
        ClusterMeetCliTest.Run dumped = ClusterMeetCliTest.run("store", "dump", db, "--out", dump.toString());
        assertThat(dumped.code()).as(dumped.err()).isZero();
        Registry end = RegistryJson.defaults().read(dump);
        assertThat(end.registrationsFor(EventId.of("workshop"))).hasSize(PROCESSES)
                .filteredOn(Registration::holdsPlace).hasSize(CAPACITY);
        assertThat(String.join(File.separator, outputs).toLowerCase(Locale.ROOT)).doesNotContain("in use");
    }
}
