package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.clustermeet.core.report.EventReports;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;

class BrusselsReportTest {

    @Test
    void jsonReportHasTheSameFiguresAsFields() {
        var json = ReportFormat.json(EventReports.of(Brussels2019.registry()).report(Brussels2019.MEETING));
        assertThat(json.get("clusterOrganisations").asInt()).isEqualTo(50);
        assertThat(json.get("countries").asInt()).isEqualTo(17);
        assertThat(json.get("smesRepresented").asLong()).isEqualTo(6539);
        assertThat(json.get("otherParticipants").asInt()).isEqualTo(20);
        assertThat(json.get("sessions").asInt()).isEqualTo(3);
        assertThat(json.get("proposedTopics").asInt()).isEqualTo(9);
        assertThat(json.get("programme").get(2).get("speakers").get(0).asText()).isEqualTo("Krzysztof Krystowski");
    }
}
