package org.clustermeet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Each example program runs through its main method and prints the figures it promises. */
@Isolated
class ExamplesTest {

    /** Runs a main method with standard output captured. */
    private static String stdout(ThrowingRunnable main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void brusselsMeetingPrintsTheComputedFigures() throws Exception {
        String text = stdout(() -> BrusselsMeeting.main(new String[0]));
        assertThat(text).startsWith("Meeting with managers of Gold-Label cluster organisations\n"
                + "2019-12-04, Brussels, Belgium\n");
        assertThat(text).contains("Cluster organisations: 50 (stated: 50)\n", "Countries: 17 (stated: 17)\n",
                        "SMEs represented: 6,539 (stated: more than 6,500)\n",
                "Other participants: 20 (stated: about 20)\n", "Sessions: 3\n", "Proposed topics: 9 (stated: 9)\n",
                "Status: held\n", "Participants: 70\n",
                "Registrations: 0 registered, 70 attended, 0 no-shows, 0 waitlisted, 0 cancelled\n",
                "speakers: Krzysztof Krystowski",
                "SMEs represented: 6,539 (stated: more than 6,500)\n", "Other participants: 20 (stated: about 20)\n",
                "Gold-label holders represented: 50 (stated: nearly 50 % of all Gold-label holders)\n",
                "(stated: at least 4: energy, health, automotive, agri-food)\n",
                "most popular, as stated: Clusters and digital innovation hubs; The definition of clusters; "
                        + "Internationalisation",
                "every member and SME count, and so \"SMEs represented\"", "and so the countries");
    }

    @Test
    void warsawSummitPrintsMembersNamesAndRoles() throws Exception {
        String text = stdout(() -> WarsawSummit.main(new String[0]));
        assertThat(text).contains("European Clusters Alliance, founded 2019-09-09 at Regional Economic and Diplomacy Summit 2019",
                "Members on 2019-09-08: 0\n", "Members on 2019-09-09: 9\n", "Members on 2020-02-28: 13\n",
                "Stated: member associations of the European Clusters Alliance: 13 (2020",
                "Krzysztof Krystowski's roles on 2019-12-04: President of Polish Clusters Employers' Association; "
                        + "President of Silesian Aviation Cluster",
                "The ministry on 2010-01-01: not known (its name before 2019-09-09 is not recorded)\n",
                "The ministry on 2019-09-09: Ministry of Entrepreneurship and Technology\n",
                "The ministry on 2019-12-08: Ministry of Development\n");
    }

    @Test
    void eligibilityDemoShowsAcceptedWaitlistedRefusedAndPromoted() throws Exception {
        String text = stdout(() -> EligibilityDemo.main(new String[0]));
        assertThat(text).contains("registration r1 accepted\n", "registration r2 accepted\n",
                "registration r3 waitlisted at position 1\n",
                "registration r4 refused: Illustrative Cluster D holds no GOLD label valid on 2019-12-04: "
                        + "its GOLD label expired on 2019-02-28\n",
                "registration r5 refused: Illustrative Observer registers as observer, not as cluster manager\n",
                "Cancelled r1; promoted from the waiting list: r3 (manager-c)\n",
                "Places taken: 2 of 2; waiting: 0\n");
    }

    @Test
    void jsonRoundTripShowsEquality() throws Exception {
        String text = stdout(() -> JsonRoundTrip.main(new String[0]));
        assertThat(text).contains("Saved Registry[organisations=", "Equal: true\n");
    }

    @Test
    void storeRegistrationsSurviveReopeningAndPromoteOnCancel() throws Exception {
        String text = stdout(() -> StoreRegistrations.main(new String[0]));
        assertThat(text).isEqualTo("""
                registration r-1 accepted
                registration r-2 accepted
                registration r-3 waitlisted at position 1
                Opened again: 3 registrations, journal at change 3
                Cancelled r-1; promoted: r-3
                Compacted: opening now skips 4 journal rows, snapshot at change 4
                History of r-3:
                  2030-01-10 09:00 UTC r-3 waitlisted (position 1) by illustrative-secretariat
                  2030-01-10 09:00 UTC r-3 promoted (after r-1 was cancelled) by illustrative-secretariat
                (Illustrative data: the association, its members and the workshop are invented.)
                """);
    }
}
