package org.clustermeet.interop.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * iCalendar output, parsed by an independent parser (ical4j): valid, and with the model's
 * instants. Besides the Brussels sample, an illustrative event (invented, not from the domain
 * facts): a Warsaw forum across the end of summer time in 2025, with Polish titles, text that
 * needs escaping, an online session in New York's zone, and speakers who did and did not agree to
 * have their names published.
 */
class ICalendarExportTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final EventId FORUM = EventId.of("illustrative-forum");
    private static final PersonId NAMED = PersonId.of("named-speaker");
    private static final PersonId UNNAMED = PersonId.of("unnamed-speaker");
    private static final String AWKWARD = "Klastry, sieci; współpraca\\wyzwania\nnowa linia";

    static Registry forum(EventStatus status) {
        ZonedDateTime start = ZonedDateTime.of(2025, 10, 25, 9, 0, 0, 0, WARSAW);
        Session before = Session.of(SessionId.of("s1"), 1,
                        "Źródła finansowania dla klastrów: Fundusze Europejskie dla Nowoczesnej Gospodarki, "
                                + "Horyzont Europa i programy regionalne województw", SessionFormat.PLENARY)
                .withSlot(new TimeSlot(start, start.plusHours(2)))
                .withContributions(List.of(Contribution.of(NAMED, "Żółć i gęślą jaźń"),
                        Contribution.of(UNNAMED, "Anonymous talk")));
        Session after = Session.of(SessionId.of("s2"), 2, AWKWARD, SessionFormat.WORKSHOP)
                .withSlot(new TimeSlot(ZonedDateTime.of(2025, 10, 26, 10, 0, 0, 0, WARSAW),
                        ZonedDateTime.of(2025, 10, 26, 12, 30, 0, 0, WARSAW)));
        Session remote = Session.of(SessionId.of("s3"), 3, "Transatlantic exchange", SessionFormat.PANEL)
                .withSlot(new TimeSlot(ZonedDateTime.of(2025, 10, 26, 9, 0, 0, 0, NEW_YORK),
                        ZonedDateTime.of(2025, 10, 26, 10, 0, 0, 0, NEW_YORK)))
                .withDelivery(Delivery.online(WebLink.of("https://example.org/remote")));
        Session untimed = Session.of(SessionId.of("s4"), 4, "Networking", SessionFormat.ONE_TO_ONE);
        Event event = Event.builder(FORUM, "Illustrative cluster forum", EventKind.CONFERENCE,
                        EventSchedule.timed(new TimeSlot(start, ZonedDateTime.of(2025, 10, 27, 18, 0, 0, 0, WARSAW))))
                .venue(Venue.of("Illustrative hall", "Warszawa", CountryCode.of("PL")))
                .localTitle("pl", "Ilustracyjne forum klastrów")
                .delivery(Delivery.hybrid(WebLink.of("https://example.org/forum-live")))
                .status(status)
                .sessions(before, after, remote, untimed)
                .build();
        return Registry.builder()
                .add(Person.of(NAMED, "Zofia", "Żółkiewska").withEmail(EmailAddress.of("zofia@example.org"))
                        .withNamePublication(NamePublication.YES))
                .add(Person.of(UNNAMED, "Jan", "Ukryty").withEmail(EmailAddress.of("jan@example.org")))
                .add(event)
                .build();
    }

    static List<Object[]> exports() {
        List<Object[]> all = new ArrayList<>();
        Registry brussels = Brussels2019.registry();
        brussels.events().forEach(e -> all.add(new Object[] {e.id().value(), brussels, e.id()}));
        all.add(new Object[] {"forum", forum(EventStatus.PLANNED), FORUM});
        all.add(new Object[] {"cancelled forum", forum(EventStatus.CANCELLED), FORUM});
        return all;
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                e -> e.<Property>getProperty("UID").orElseThrow().getValue(), Function.identity()));
    }

    private static Temporal start(VEvent e) {
        return e.getDateTimeStart().getDate();
    }

    private static Temporal end(VEvent e) {
        return e.getDateTimeEnd().getDate();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void everyExportParsesAndValidatesWithIcal4j(String name, Registry registry, EventId event) throws Exception {
        Calendar calendar = parse(ICalendarExport.of(registry).write(event));

        assertThat(calendar.validate().getEntries()).as(name).isEmpty();
        Event model = registry.event(event).orElseThrow();
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1 + model.sessions().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void everyLineIsCrlfTerminatedAtMost75OctetsAndWholeUtf8(String name, Registry registry, EventId event)
            throws Exception {
        byte[] bytes = new String(ICalendarExport.of(registry).write(event)).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        int lineStart = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertThat(i - lineStart).as("octets in a line of %s", name).isLessThanOrEqualTo(75);
                decodeStrictly(bytes, lineStart, i - lineStart);
                lineStart = i + 2;
            }
        }
    }

    private static void decodeStrictly(byte[] bytes, int from, int length) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length));
    }

    @Test
    void timedEventsAndSessionsCarryTheModelsInstantsAcrossTheEndOfSummerTime() throws Exception {
        Registry registry = forum(EventStatus.PLANNED);
        Event event = registry.event(FORUM).orElseThrow();
        Map<String, VEvent> parsed = byUid(parse(ICalendarExport.of(registry).write(FORUM)));

        TimeSlot slot = ((EventSchedule.Timed) event.schedule()).slot();
        VEvent forum = parsed.get("illustrative-forum@clustermeet");
        assertThat(Instant.from(start(forum))).isEqualTo(slot.start().toInstant());
        assertThat(Instant.from(end(forum))).isEqualTo(slot.end().toInstant());
        for (String id : List.of("s1", "s2", "s3")) {
            TimeSlot s = event.session(SessionId.of(id)).orElseThrow().slot().orElseThrow();
            VEvent session = parsed.get("illustrative-forum/" + id + "@clustermeet");
            assertThat(Instant.from(start(session))).as(id).isEqualTo(s.start().toInstant());
            assertThat(Instant.from(end(session))).as(id).isEqualTo(s.end().toInstant());
        }
    }

    @Test
    void wholeDayEventsAreAllDayDatesWithAnExclusiveEnd() throws Exception {
        Map<String, VEvent> parsed = byUid(parse(ICalendarExport.of(Brussels2019.registry())
                .write(Brussels2019.MEETING)));

        VEvent meeting = parsed.get(Brussels2019.MEETING.value() + "@clustermeet");
        assertThat(start(meeting)).isEqualTo(LocalDate.of(2019, 12, 4));
        assertThat(end(meeting)).isEqualTo(LocalDate.of(2019, 12, 5));
        assertThat(meeting.<Property>getProperty("DTSTART").orElseThrow().toString()).contains("VALUE=DATE");
    }

    @Test
    void sessionsWithoutTimesTakeTheirEventsDays() throws Exception {
        Map<String, VEvent> parsed = byUid(parse(ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM)));

        VEvent untimed = parsed.get("illustrative-forum/s4@clustermeet");
        assertThat(start(untimed)).isEqualTo(LocalDate.of(2025, 10, 25));
        assertThat(end(untimed)).isEqualTo(LocalDate.of(2025, 10, 28));
    }

    @Test
    void sessionsAreRelatedToTheirEventAndEveryUidIsUnique() throws Exception {
        Calendar calendar = parse(ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.<Property>getProperty("UID").orElseThrow().getValue())
                .doesNotHaveDuplicates()
                .containsExactly("illustrative-forum@clustermeet", "illustrative-forum/s1@clustermeet",
                        "illustrative-forum/s2@clustermeet", "illustrative-forum/s3@clustermeet",
                        "illustrative-forum/s4@clustermeet");
        for (VEvent session : events.subList(1, events.size())) {
            Property related = session.<Property>getProperty("RELATED-TO").orElseThrow();
            assertThat(related.getValue()).isEqualTo("illustrative-forum@clustermeet");
            assertThat(related.toString()).contains("RELTYPE=PARENT");
        }
    }

    @Test
    void everyZoneUsedHasItsVtimezoneAndNoOtherIsWritten() throws Exception {
        Calendar calendar = parse(ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM));

        List<net.fortuna.ical4j.model.component.VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(c -> c.<Property>getProperty("TZID").orElseThrow().getValue())
                .containsExactly("America/New_York", "Europe/Warsaw");
    }

    @Test
    void textIsEscapedAndReadBackAsItWas() throws Exception {
        String text = ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM);
        VEvent session = byUid(parse(text)).get("illustrative-forum/s2@clustermeet");

        assertThat(text).contains("SUMMARY:Klastry\\, sieci\\; współpraca\\\\wyzwania\\nnowa linia");
        assertThat(session.<Property>getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(AWKWARD);
    }

    @Test
    void twoExportsOfTheSameRegistryAreIdentical() {
        Registry registry = forum(EventStatus.PLANNED);

        assertThat(ICalendarExport.of(registry).write(FORUM)).isEqualTo(ICalendarExport.of(registry).write(FORUM));
    }

    @Test
    void theStampIsTheEventsStartUnlessOneIsGiven() {
        Registry registry = forum(EventStatus.PLANNED);

        assertThat(ICalendarExport.of(registry).write(FORUM)).contains("DTSTAMP:20251025T070000Z\r\n");
        assertThat(ICalendarExport.of(registry).stampedAt(Instant.parse("2025-09-01T12:00:00Z")).write(FORUM))
                .contains("DTSTAMP:20250901T120000Z\r\n").doesNotContain("DTSTAMP:20251025");
    }

    @Test
    void aCancelledEventIsCancelledWithAHigherSequence() {
        String planned = ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM);
        String cancelled = ICalendarExport.of(forum(EventStatus.CANCELLED)).write(FORUM);

        assertThat(planned).contains("STATUS:CONFIRMED\r\n", "SEQUENCE:0\r\n").doesNotContain("CANCELLED");
        assertThat(cancelled).contains("STATUS:CANCELLED\r\n", "SEQUENCE:1\r\n").doesNotContain("CONFIRMED");
    }

    @Test
    void theSequenceIsTheEventsRevisionWhenTheCallerKnowsIt() {
        Registry registry = forum(EventStatus.PLANNED);

        assertThat(ICalendarExport.of(registry).withRevision(3).write(FORUM)).contains("SEQUENCE:3\r\n")
                .doesNotContain("SEQUENCE:0");
        assertThat(ICalendarExport.of(forum(EventStatus.CANCELLED)).withRevision(0).write(FORUM))
                .contains("SEQUENCE:1\r\n");
        assertThatThrownBy(() -> ICalendarExport.of(registry).withRevision(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicExportNamesOnlyThoseWhoAgreedAndNeverWritesContactDetails() {
        Registry registry = forum(EventStatus.PLANNED);
        String published = ICalendarExport.of(registry).write(FORUM);
        String personal = ICalendarExport.of(registry).withPersonalData().write(FORUM);

        assertThat(published).contains("Żółkiewska").doesNotContain("Ukryty").contains("a speaker")
                .doesNotContain("example.org\r", "zofia@", "jan@");
        assertThat(personal).contains("Żółkiewska", "Ukryty").doesNotContain("zofia@", "jan@");
    }

    @Test
    void titlesCanBeWrittenInPolish() {
        assertThat(ICalendarExport.of(forum(EventStatus.PLANNED)).inLanguage(java.util.Locale.forLanguageTag("pl"))
                .write(FORUM)).contains("SUMMARY:Ilustracyjne forum klastrów\r\n");
    }

    @Test
    void aCalendarInPolishHasNoEnglishWords() {
        String polish = ICalendarExport.of(forum(EventStatus.PLANNED)).inLanguage(java.util.Locale.forLanguageTag("pl"))
                .write(FORUM);

        assertThat(polish).contains("Prelegenci: ", "prelegent", "Polska").doesNotContain("Speakers", "a speaker",
                "Poland", "conference\\n", "CATEGORIES:conference");
    }

    @Test
    void aPublishedCalendarSaysSoAndNamesItsOrganiserNeverAPerson() {
        String calendar = ICalendarExport.of(forum(EventStatus.PLANNED)).write(FORUM);

        assertThat(calendar).contains("\r\nMETHOD:PUBLISH\r\n").containsPattern("\r\nORGANIZER;CN=\"[^\"]+\":urn:"
                + "clustermeet:(organisation|event):").doesNotContain("mailto:");
        assertThat(ContentLines.parameter("Say \"hi\"^\nnow\u0007")).isEqualTo("\"Say ^'hi^'^^^nnow\"");
    }

    @Test
    void anUnknownEventIsNamed() {
        assertThatThrownBy(() -> ICalendarExport.of(Registry.empty()).write(EventId.of("nothing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no event with id nothing in the registry");
    }
}
