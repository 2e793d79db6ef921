package org.clustermeet.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;

/** Labels to CSV. */
class LabelCsvTest {

    @Test
    void everyLabelIsALineAndTheOnesInForceOnTheDaySaySo() throws Exception {
        Registry brussels = Brussels2019.registry();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LabelCsv.of(CsvDialect.RFC_4180).write(brussels, Brussels2019.MEETING_DAY, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("id,holder id,holder,level,issuer id,issuer,assessed on,valid until,in force");
        assertThat(lines).hasSize(1 + brussels.labels().size());
        long inForce = java.util.Arrays.stream(lines).filter(l -> l.endsWith(",yes")).count();
        assertThat(inForce).isEqualTo(brussels.clusterOrganisations().stream()
                .filter(o -> org.clustermeet.core.query.LabelQueries.of(brussels)
                        .labelInForce(o.id(), Brussels2019.MEETING_DAY).isPresent()).count());
        assertThat(inForce).isPositive();
    }

    @Test
    void beforeAnyLabelWasAssessedNoneIsInForce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LabelCsv.of(CsvDialect.RFC_4180).write(Brussels2019.registry(), LocalDate.of(2000, 1, 1), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(",yes\r\n");
    }
}
