package org.clustermeet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.clustermeet.core.id.EventId;
import org.clustermeet.json.ClusterMeetModule;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/**
 * clustermeet values inside a user's own classes (here, outside clustermeet's modules), written by
 * the user's own mapper.
 */
class OwnClassesTest {

    /** A user's own record: a clustermeet id and code next to java.time fields. */
    record Booking(EventId event, CountryCode country, LocalDate day, Instant booked, ZonedDateTime starts) {
    }

    private static final Booking BOOKING = new Booking(EventId.of("brussels-2019-12-04-gold-label-meeting"),
            CountryCode.of("BE"), LocalDate.of(2019, 12, 4), Instant.parse("2019-11-20T09:00:00Z"),
            ZonedDateTime.parse("2019-12-04T09:30:00+01:00[Europe/Brussels]"));

    @Test
    void theModuleBringsJavaTimeAlongAndJavaTimeFieldsComeOutAsIsoText() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());

        String json = mapper.writeValueAsString(BOOKING);

        assertThat(mapper.getRegisteredModuleIds()).contains("jackson-datatype-jsr310");
        assertThat(json).isEqualTo("{\"event\":\"brussels-2019-12-04-gold-label-meeting\",\"country\":\"BE\","
                + "\"day\":\"2019-12-04\",\"booked\":\"2019-11-20T09:00:00Z\","
                + "\"starts\":\"2019-12-04T09:30:00+01:00\"}");
        assertThat(mapper.readValue(json, Booking.class)).isEqualTo(new Booking(BOOKING.event(), BOOKING.country(),
                BOOKING.day(), BOOKING.booked(), BOOKING.starts().withZoneSameInstant(java.time.ZoneOffset.UTC)));
    }

    @Test
    void aShapeTheUserAskedForIsKept() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configOverride(LocalDate.class).setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value
                .forShape(com.fasterxml.jackson.annotation.JsonFormat.Shape.ARRAY));
        mapper.registerModule(new ClusterMeetModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertThat(mapper.writeValueAsString(BOOKING)).contains("\"day\":[2019,12,4]");
    }
}
