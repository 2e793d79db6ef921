package org.clustermeet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.clustermeet.core.sample.Brussels2019;
import org.junit.jupiter.api.Test;

class BrusselsMeetingTest {

    @Test
    void printsTheFiguresComputedFromTheSampleRegistry() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            BrusselsMeeting.print(Brussels2019.registry().report(Brussels2019.MEETING), out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Meeting with managers of Gold-Label cluster organisations\n2019-12-04, Brussels, Belgium\n");
        assertThat(text).contains("Cluster organisations: 50\n", "Countries: 17\n", "SMEs represented: 6,539\n",
                "Other participants: 20\n", "Sessions: 3\n", "Proposed topics: 9\n",
                "(speakers: Krzysztof Krystowski)", "illustrative");
    }
}
