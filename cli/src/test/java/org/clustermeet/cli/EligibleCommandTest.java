package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet eligible}: who may register for the Brussels meeting of 4 December 2019. */
class EligibleCommandTest {

    @TempDir
    Path dir;

    private Path brussels;
    private static Locale savedLocale;

    @BeforeAll
    static void pinEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    @BeforeEach
    void writeBrussels() throws Exception {
        brussels = dir.resolve("brussels.json");
        RegistryJson.defaults().save(Brussels2019.registry(), brussels);
    }

    private ClusterMeetCliTest.Run eligible(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("eligible", brussels.toString(), "--event",
                Brussels2019.MEETING.value()));
        args.addAll(List.of(more));
        return ClusterMeetCliTest.run(args.toArray(String[]::new));
    }

    @Test
    void everyManagerRegisteredForTheMeetingIsListedAsOneWhoMayRegister() {
        ClusterMeetCliTest.Run r = eligible("--role", "cluster_manager");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int count = Integer.parseInt(lines.get(0).replaceAll("^cluster manager: (\\d+) may register$", "$1"));
        assertThat(lines).hasSize(1 + count);
        Registry registry = Brussels2019.registry();
        List<String> managers = registry.registrationsFor(Brussels2019.MEETING).stream()
                .filter(reg -> reg.role() == EventRole.CLUSTER_MANAGER).map(Registration::person)
                .map(p -> "  " + p.value() + "\t").toList();
        assertThat(managers).hasSize(50).allSatisfy(m -> assertThat(lines).anyMatch(l -> l.startsWith(m)));
    }

    @Test
    void everyRoleHasItsHeadingAndAllAddsWhoMayNotWithReasons() {
        ClusterMeetCliTest.Run every = eligible();
        ClusterMeetCliTest.Run all = eligible("--role", "observer", "--all");

        assertThat(every.out().lines().filter(l -> !l.startsWith("  ")))
                .hasSize(EventRole.values().length).allMatch(l -> l.endsWith(" may register"));
        assertThat(all.out().lines().filter(l -> l.startsWith("  - "))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.split("\t")).hasSize(5));
    }

    @Test
    void anUnknownEventIsNamed() {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("eligible", brussels.toString(), "--event", "nowhere");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no event with id \"nowhere\" in " + brussels + "\n");
    }

    @Test
    void aNameWithALineBreakStaysOnItsLine() throws Exception {
        String document = Files.readString(brussels);
        String forged = document.replace("\"familyName\": \"ESCA representative 1\"",
                "\"familyName\": \"ESCA\\nFORGED 1\"");
        assertThat(forged).isNotEqualTo(document);
        Files.writeString(brussels, forged);

        ClusterMeetCliTest.Run r = eligible("--role", "observer");

        assertThat(r.out()).contains("Illustrative ESCA\\u000AFORGED 1").doesNotContain("\nFORGED");
    }
}
