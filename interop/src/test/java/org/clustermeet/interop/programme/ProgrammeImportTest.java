package org.clustermeet.interop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.interop.IllustrativeForum;
import org.clustermeet.interop.frab.FrabSchedule;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A programme comes in from frab and pretalx: the published real schedules import with their
 * warnings, a second import changes nothing, a newer one updates, a round trip keeps every session.
 * The events the programmes go into are illustrative.
 */
class ProgrammeImportTest {

    private static final EventId CONGRESS = EventId.of("illustrative-congress");

    /** A reference file from ../shared/interop; the test skips without it, and fails in CI. */
    static Path reference(String name) {
        Path file = Path.of("..", "..", "shared", "interop", name);
        if (!Files.exists(file)) {
            String message = "the reference file " + file.toAbsolutePath().normalize() + " is not here";
            if (Boolean.parseBoolean(System.getenv("CLUSTERMEET_REQUIRE_INTEROP_FILES"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + ": test skipped");
        }
        return file;
    }

    /** An illustrative event in Germany over some days, with no sessions yet. */
    private static Registry congress(LocalDate first, LocalDate last) {
        return Registry.builder().add(Event.builder(CONGRESS, "Illustrative congress", EventKind.CONFERENCE,
                        EventSchedule.days(first, last))
                .venue(Venue.of("Illustrative Hall", "Leipzig", CountryCode.of("DE"))).build()).build();
    }

    private static ProgrammeResult read(Registry registry, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return ProgrammeImport.into(CONGRESS).read(registry, in, file.getFileName().toString());
        }
    }

    private static ProgrammeResult read(Registry registry, String json) throws Exception {
        return ProgrammeImport.into(CONGRESS).read(registry, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "schedule.json");
    }

    private static List<String> pointers(List<ScheduleNote> notes) {
        return notes.stream().map(ScheduleNote::pointer).toList();
    }

    @Test
    void pretalxsRealScheduleImportsEveryTalkWithItsDeviationsAsWarnings() throws Exception {
        ProgrammeResult result = read(congress(LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 30)),
                reference("pretalx-rc3.json"));

        Event event = result.registry().event(CONGRESS).orElseThrow();
        assertThat(event.sessions()).hasSize(48);
        assertThat(result.changes()).allMatch(c -> c.kind() == SessionChange.Kind.ADDED);
        assertThat(pointers(result.warnings())).contains("/schedule/conference/time_zone_name", "/schedule/conference/rooms");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.describe()).isEqualTo(
                "/schedule/conference/time_zone_name: missing; times are read in Europe/Berlin, the time zone of the "
                        + "event's venue"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message())
                .isEqualTo("property \"answers\" is not part of the format; ignored (in 48 talks)"));
        Session first = event.sessions().get(0);
        assertThat(first.title().english()).isEqualTo("Der faule Admin automatisiert: Gluon auf echter Hardware testen");
        assertThat(first.slot().orElseThrow().start()).hasToString("2020-12-27T11:30+01:00[Europe/Berlin]");
        assertThat(first.slot().orElseThrow().end()).hasToString("2020-12-27T12:10+01:00[Europe/Berlin]");
        assertThat(first.room()).contains("r3s - Monheim/Rhein");
        assertThat(first.track()).contains("MON r3s Rhein VHS");
        assertThat(first.language()).contains("de");
        assertThat(first.summary().orElseThrow().english()).startsWith("Eine wichtige Komponente von Freifunk");
        assertThat(first.guid()).hasValueSatisfying(g -> assertThat(g).hasToString("c3642671-4c1f-5109-81ba-0535c1cc8428"));
        assertThat(event.venue().orElseThrow().rooms()).extracting(Room::name).contains("r3s - Monheim/Rhein");
    }

    @Test
    void speakersNotInTheRegistryAreAddedWithNoRoleAndNoConsentToPublishTheirName() throws Exception {
        ProgrammeResult result = read(congress(LocalDate.of(2019, 8, 21), LocalDate.of(2019, 8, 26)),
                reference("frab-camp2019.json"));

        assertThat(result.peopleAdded()).isNotEmpty();
        for (PersonId id : result.peopleAdded()) {
            Person p = result.registry().person(id).orElseThrow();
            assertThat(p.roles()).isEmpty();
            assertThat(p.mayPublishName()).isFalse();
            assertThat(id.value()).startsWith("speaker-").doesNotContain(p.fullName());
        }
    }

    @Test
    void frabsRealScheduleImportsEveryTalkWithItsDeviationsAsWarnings() throws Exception {
        ProgrammeResult result = read(congress(LocalDate.of(2019, 8, 21), LocalDate.of(2019, 8, 26)),
                reference("frab-camp2019.json"));

        assertThat(result.registry().event(CONGRESS).orElseThrow().sessions()).hasSize(79);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.describe()).isEqualTo(
                "/schedule/conference/acronym: \"Camp2019\" does not follow the format's pattern (lower-case letters, "
                        + "digits, _ and -)"));
        assertThat(pointers(result.warnings())).contains("/schedule/conference/rooms",
                        "/schedule/conference/days/0/rooms/Curie/0/slug")
                .doesNotContain("/schedule/conference/time_zone_name");
        assertThat(result.summary()).isEqualTo("79 added");
    }

    @Test
    void importingTheSameScheduleTwiceChangesNothing() throws Exception {
        ProgrammeResult once = read(congress(LocalDate.of(2019, 8, 21), LocalDate.of(2019, 8, 26)),
                reference("frab-camp2019.json"));

        ProgrammeResult twice = read(once.registry(), reference("frab-camp2019.json"));

        assertThat(twice.registry()).isEqualTo(once.registry());
        assertThat(twice.changedAnything()).isFalse();
        assertThat(twice.summary()).isEqualTo("79 unchanged");
        assertThat(twice.peopleAdded()).isEmpty();
    }

    @Test
    void aNewerVersionUpdatesTheSessionWhoseGuidMatchesAndSaysWhatChanged() throws Exception {
        Path file = reference("frab-camp2019.json");
        ProgrammeResult once = read(congress(LocalDate.of(2019, 8, 21), LocalDate.of(2019, 8, 26)), file);
        String newer = Files.readString(file)
                .replace("\"title\": \"Opening Ceremony\"", "\"title\": \"Opening Ceremony (moved)\"")
                .replaceFirst("\"date\": \"2019-08-21T11:00:00\\+02:00\",\\s*\"start\": \"11:00\"",
                        "\"date\": \"2019-08-21T11:30:00+02:00\", \"start\": \"11:30\"");
        assertThat(newer).contains("Opening Ceremony (moved)", "2019-08-21T11:30:00+02:00");

        ProgrammeResult twice = read(once.registry(), newer);

        assertThat(twice.changes()).filteredOn(c -> c.kind() == SessionChange.Kind.UPDATED).singleElement()
                .satisfies(c -> assertThat(c.describe()).endsWith("\"Opening Ceremony (moved)\": title, time"));
        assertThat(twice.summary()).isEqualTo("1 updated, 78 unchanged");
    }

    @Test
    void aTalkWithNoStartAndATalkInAnUnknownRoomAreRefusedTogetherAndNothingChanges() throws Exception {
        String json = """
                {"schedule": {"version": "1", "conference": {"acronym": "illustrative", "title": "Illustrative",
                  "time_zone_name": "Europe/Berlin", "rooms": [{"name": "Hall A", "guid": "b379c473-93b9-4eae-9a09-d482e86cede3"}],
                  "days": [{"index": 1, "date": "2020-12-27", "day_start": "2020-12-27T09:00:00+01:00",
                    "day_end": "2020-12-27T18:00:00+01:00", "rooms": {
                      "Hall A": [{"guid": "0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e", "id": 1, "title": "No start", "duration": "00:30",
                                  "room": "Hall A", "persons": []}],
                      "Hall B": []}}]}}}
                """;

        ProgrammeImportException refused = catchThrowableOfType(ProgrammeImportException.class,
                () -> read(congress(LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 30)), json));

        assertThat(refused.problems()).extracting(ScheduleNote::describe).containsExactly(
                "/schedule/conference/days/0/rooms/Hall A/0/date: a talk with no start: the format gives it as a date "
                        + "and time with its offset",
                "/schedule/conference/days/0/rooms/Hall B: room \"Hall B\" is not among the conference's rooms");
        assertThat(refused.getMessage()).startsWith("schedule.json: 2 problems, nothing imported; first: ");
    }

    @Test
    void hugeNumbersCostWhatTheirTextCostsAndAreReadPast() throws Exception {
        String json = """
                {"schedule": {"version": "1", "conference": {"acronym": "illustrative", "title": "Illustrative",
                  "time_zone_name": "Europe/Berlin",
                  "rooms": [{"name": "Hall A", "guid": "b379c473-93b9-4eae-9a09-d482e86cede3", "capacity": 1e999999999}],
                  "days": [{"index": 1, "date": "2020-12-27", "day_start": "2020-12-27T09:00:00+01:00",
                    "day_end": "2020-12-27T18:00:00+01:00", "rooms": {
                      "Hall A": [{"guid": "0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e", "id": 1e999999999, "title": "Talk",
                                  "date": "2020-12-27T10:00:00+01:00", "duration": "00:30", "room": "Hall A",
                                  "persons": [{"id": 1e999999999, "public_name": "Illustrative Speaker"}]}]}}]}}}
                """;

        long started = System.nanoTime();
        ProgrammeResult result = read(congress(LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 30)), json);

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(pointers(result.warnings())).contains("/schedule/conference/rooms/0/capacity",
                "/schedule/conference/days/0/rooms/Hall A/0/id");
        assertThat(result.peopleAdded()).singleElement().satisfies(id -> assertThat(id.value()).hasSizeLessThan(40));
    }

    @Test
    void aNoteEchoesEachStepOfItsPointerInertAndCut() {
        ScheduleNote note = new ScheduleNote("/schedule/conference/days/0/rooms/" + "R".repeat(500) + "\u001B[2J/0",
                "room is not among the conference's rooms");

        String shown = note.describe();

        assertThat(shown).startsWith("/schedule/conference/days/0/rooms/RRRR").doesNotContain("\u001B")
                .endsWith("/0: room is not among the conference's rooms");
        assertThat(shown.length()).isLessThan(200);
    }

    @Test
    void aSpeakerInTwoOverlappingTalksRefusesTheScheduleNamingBothTalks() throws Exception {
        ProgrammeImportException refused = catchThrowableOfType(ProgrammeImportException.class,
                () -> read(congress(LocalDate.of(2020, 12, 14), LocalDate.of(2020, 12, 16)),
                        reference("pretalx-democon.json")));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).containsPattern("person speaker-\\S+ speaks in sessions talk-\\d+ and talk-\\d+, "
                    + "which overlap from 2020-12-1\\d \\d\\d:\\d\\d to \\d\\d:\\d\\d \\(UTC\\)");
            assertThat(p.pointer()).startsWith("/schedule/conference/days/");
        });
    }

    @Test
    void anExportImportedBackIntoItsOwnEventFindsEverySessionAgainInsteadOfAddingCopies() throws Exception {
        Registry forum = IllustrativeForum.registry();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrabSchedule.of(forum, IllustrativeForum.EVENT).write(out);

        ProgrammeResult back = ProgrammeImport.into(IllustrativeForum.EVENT)
                .read(forum, new ByteArrayInputStream(out.toByteArray()), "schedule.json");

        assertThat(back.changes()).noneMatch(c -> c.kind() == SessionChange.Kind.ADDED);
        assertThat(back.registry().event(IllustrativeForum.EVENT).orElseThrow().sessions())
                .hasSameSizeAs(forum.event(IllustrativeForum.EVENT).orElseThrow().sessions());
        assertThat(back.registry().event(IllustrativeForum.EVENT).orElseThrow().sessions().get(0).contributions())
                .isEqualTo(forum.event(IllustrativeForum.EVENT).orElseThrow().sessions().get(0).contributions());
    }

    @Test
    void aRoundTripKeepsEverySessionTimeRoomAndConsentedSpeaker() throws Exception {
        Registry original = IllustrativeForum.registry();
        Event event = original.event(IllustrativeForum.EVENT).orElseThrow();
        Event withRooms = event.toBuilder().venue(event.venue().orElseThrow()
                .withRooms(List.of(Room.of("Hall A", 300), Room.named("Room 2")))).build();
        withRooms = withRooms.withSession(withRooms.sessions().get(1).withRoom("Room 2"));
        Registry forum = original.edit().put(withRooms).apply();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrabSchedule.of(forum, IllustrativeForum.EVENT).write(out);
        Registry empty = forum.edit().put(withRooms.withSessions(List.of())).apply();

        ProgrammeResult back = ProgrammeImport.into(IllustrativeForum.EVENT)
                .read(empty, new ByteArrayInputStream(out.toByteArray()), "schedule.json");

        List<Session> before = withRooms.sessions().stream().filter(s -> s.slot().isPresent()).toList();
        List<Session> after = back.registry().event(IllustrativeForum.EVENT).orElseThrow().sessions();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Session b = before.get(i);
            Session a = after.get(i);
            assertThat(a.title()).isEqualTo(b.title());
            assertThat(a.slot()).isEqualTo(b.slot());
            assertThat(a.room().orElse("Illustrative Hall")).isEqualTo(b.room().orElse("Illustrative Hall"));
            assertThat(a.speakers()).containsExactlyElementsOf(b.speakers().stream()
                    .filter(p -> forum.person(p).orElseThrow().mayPublishName()).toList());
        }
        assertThat(back.peopleAdded()).isEmpty();
    }
}
