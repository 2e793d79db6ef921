package org.clustermeet.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.clustermeet.interop.IllustrativeForum;
import org.clustermeet.interop.TestJson;
import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/** An event's programme as frab's schedule.json, held to the published schema (illustrative event). */
class FrabScheduleTest {

    private static final Path SCHEMA = Path.of("..", "..", "shared", "interop", "frab-schedule.schema.json");
    private static final EventId EVENT = IllustrativeForum.EVENT;


    private static String export(Registry registry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrabSchedule.of(registry, EVENT).write(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theScheduleIsValidAgainstThePublishedSchema() throws Exception {
        if (!Files.exists(SCHEMA)) {
            String message = "the reference schema " + SCHEMA.toAbsolutePath().normalize() + " is not here";
            if (Boolean.parseBoolean(System.getenv("CLUSTERMEET_REQUIRE_INTEROP_FILES"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + ": schema check skipped");
        }
        Schema schema = SchemaRegistry.withDefaultDialect(Dialects.getDraft6())
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);

        assertThat(schema.validate(export(IllustrativeForum.registry()), InputFormat.JSON)).isEmpty();
        String withoutAGuid = export(IllustrativeForum.registry()).replaceFirst("\"guid\" : \"[0-9a-f-]+\",\\s*\"id\"", "\"id\"");
        assertThat(schema.validate(withoutAGuid, InputFormat.JSON)).as("the check can fail").isNotEmpty();
    }

    @Test
    void oneDayPerEventDayTheTimedSessionsAsTalksInTheirRoom() throws Exception {
        Object conference = TestJson.at(TestJson.tree(export(IllustrativeForum.registry())), "schedule", "conference");

        assertThat(TestJson.at(conference, "acronym")).isEqualTo("illustrative_two_day_forum");
        assertThat(TestJson.at(conference, "daysCount")).isEqualTo(2);
        assertThat(TestJson.at(conference, "time_zone_name")).isEqualTo("Europe/Warsaw");
        assertThat((java.util.List<?>) TestJson.at(conference, "days")).hasSize(2);
        Object opening = TestJson.at(conference, "days", 0, "rooms", "Illustrative Hall", 0);
        assertThat(TestJson.at(opening, "title")).isEqualTo("Opening");
        assertThat(TestJson.at(opening, "date")).isEqualTo("2031-04-09T09:00:00+02:00");
        assertThat(TestJson.at(opening, "duration")).isEqualTo("01:00");
        assertThat(TestJson.at(opening, "type")).isEqualTo("plenary");
        assertThat(TestJson.at(conference, "days", 1, "rooms", "Illustrative Hall", 0, "title")).isEqualTo("Workshop on labels");
        assertThat((java.util.List<?>) TestJson.at(conference, "days", 1, "rooms", "Illustrative Hall")).hasSize(1);
        assertThat(FrabSchedule.of(IllustrativeForum.registry(), EVENT).untimedSessions()).isEqualTo(1);
    }

    @Test
    void sessionsAreListedInTheirRoomsWithTheirTrackAbstractLanguageAndTheGuidTheyCameWith() throws Exception {
        Registry registry = IllustrativeForum.registry();
        org.clustermeet.core.event.Event forum = registry.event(EVENT).orElseThrow();
        java.util.UUID kept = java.util.UUID.fromString("0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e");
        org.clustermeet.core.event.Session workshop = forum.sessions().get(1).withRoom("Room 2")
                .withListing(java.util.Optional.of("Labels"),
                        java.util.Optional.of(org.clustermeet.core.value.LocalizedText.english("How labels are assessed.")),
                        java.util.Optional.of("pl"), java.util.Optional.of(kept));
        Registry withRooms = registry.edit().put(forum.toBuilder()
                .venue(forum.venue().orElseThrow().withRooms(java.util.List.of(
                        org.clustermeet.core.event.Room.of("Hall A", 300), org.clustermeet.core.event.Room.named("Room 2"))))
                .build().withSession(workshop)).apply();

        Object conference = TestJson.at(TestJson.tree(export(withRooms)), "schedule", "conference");

        assertThat((java.util.List<?>) TestJson.at(conference, "rooms")).extracting(r -> TestJson.at(r, "name"))
                .containsExactly("Hall A", "Room 2", "Illustrative Hall");
        Object talk = TestJson.at(conference, "days", 1, "rooms", "Room 2", 0);
        assertThat(TestJson.at(talk, "guid")).isEqualTo(kept.toString());
        assertThat(TestJson.at(talk, "room")).isEqualTo("Room 2");
        assertThat(TestJson.at(talk, "track")).isEqualTo("Labels");
        assertThat(TestJson.at(talk, "language")).isEqualTo("pl");
        assertThat(TestJson.at(talk, "abstract")).isEqualTo("How labels are assessed.");
        assertThat(TestJson.at(conference, "days", 0, "rooms", "Illustrative Hall", 0, "title")).isEqualTo("Opening");
        assertThat((java.util.List<?>) TestJson.at(conference, "days", 0, "rooms", "Hall A")).isEmpty();
    }

    @Test
    void onlyConsentedNamesAppearAndNoContactDetails() throws Exception {
        String schedule = export(IllustrativeForum.registry());

        assertThat(schedule).contains("\"name\" : \"Zofia Illustrative\"").doesNotContain("Hidden", "Jan",
                "zofia@example.org");
    }

    @Test
    void theGuidsStayTheSameAcrossExports() throws Exception {
        Registry changed = IllustrativeForum.registry().edit().put(IllustrativeForum.registry().event(EVENT).orElseThrow().toBuilder()
                .localTitle("pl", "Przykładowe forum").build()).apply();
        Object[] guid = {"schedule", "conference", "days", 0, "rooms", "Illustrative Hall", 0, "guid"};

        assertThat(TestJson.at(TestJson.tree(export(changed)), guid)).isEqualTo(TestJson.at(TestJson.tree(export(IllustrativeForum.registry())), guid));
        assertThat(FrabSchedule.guid("session:x")).isEqualTo(FrabSchedule.guid("session:x"))
                .isNotEqualTo(FrabSchedule.guid("session:y"));
        assertThat(FrabSchedule.guid("session:x").version()).isEqualTo(5);
    }

    @Test
    void anUnknownEventIsNamed() {
        assertThatThrownBy(() -> FrabSchedule.of(IllustrativeForum.registry(), EventId.of("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no event with id nowhere in the registry");
    }
}
