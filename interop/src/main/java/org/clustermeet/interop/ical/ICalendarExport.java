package org.clustermeet.interop.ical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;

/**
 * An event and its sessions as one iCalendar file (RFC 5545, with NAME from RFC 7986): a VEVENT
 * per event and per session, each session {@code RELATED-TO} its event ({@code RELTYPE=PARENT}).
 * <pre>{@code
 * ICalendarExport.of(registry).stampedAt(lastChange).write(eventId, outputStream);
 * }</pre>
 *
 * <p>The output is a pure function of the registry and the options: UIDs are the ids
 * ({@code EVENT-ID@clustermeet}, {@code EVENT-ID/SESSION-ID@clustermeet}); {@code DTSTAMP} is the
 * instant given to {@link #stampedAt}, else the event's start; {@code SEQUENCE} is the event's
 * revision when the caller knows it ({@link #withRevision}: a store's history), else 0, and 1
 * once the event is cancelled, so that calendars take every change. Timed events and sessions carry
 * {@code TZID} with a VTIMEZONE for every zone used, built from the JDK's rules for the years the
 * event spans; events known only by their days are all-day {@code DATE} values with an exclusive
 * end; sessions without a time slot take their event's days. By default names follow the
 * {@linkplain org.clustermeet.core.publication.PublicView public view}: a speaker without a yes to
 * publishing their name is "a speaker"; nobody's e-mail address or phone number is ever written.
 * The calendar is one to publish ({@code METHOD:PUBLISH}), so each component names an
 * {@code ORGANIZER}, as RFC 5546 asks: the event's first organising organisation (never a person).
 * Every word around the data is in the export's language ({@link #inLanguage}).
 * Immutable and thread-safe.
 */
public final class ICalendarExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String UID_DOMAIN = "@clustermeet";

    private final Registry registry;
    private final boolean personal;
    private final Optional<Instant> stamp;
    private final Locale locale;
    /** How many times the event was changed after it was first recorded, when the caller knows. */
    private final java.util.OptionalInt revision;

    private ICalendarExport(Registry registry, boolean personal, Optional<Instant> stamp, Locale locale,
                            java.util.OptionalInt revision) {
        this.registry = registry;
        this.personal = personal;
        this.stamp = stamp;
        this.locale = locale;
        this.revision = revision;
    }

    /**
     * Returns an export of a registry's events, public view, titles in English.
     *
     * @param registry the registry, not null
     * @return the export
     */
    public static ICalendarExport of(Registry registry) {
        return new ICalendarExport(Objects.requireNonNull(registry, "registry"), false, Optional.empty(),
                Locale.ENGLISH, java.util.OptionalInt.empty());
    }

    /** {@return a copy that names every speaker, whatever they answered about publishing their name} */
    public ICalendarExport withPersonalData() {
        return new ICalendarExport(registry, true, stamp, locale, revision);
    }

    /**
     * Returns a copy that stamps every component ({@code DTSTAMP}) with an instant, for example
     * the registry's last change.
     *
     * @param instant the stamp, not null
     * @return the changed copy
     */
    public ICalendarExport stampedAt(Instant instant) {
        return new ICalendarExport(registry, personal, Optional.of(Objects.requireNonNull(instant, "instant")),
                locale, revision);
    }

    /**
     * Returns a copy that writes titles in a language where the registry has them (else English).
     *
     * @param language the language, not null
     * @return the changed copy
     */
    public ICalendarExport inLanguage(Locale language) {
        return new ICalendarExport(registry, personal, stamp, Objects.requireNonNull(language, "language"),
                revision);
    }

    /**
     * Returns a copy whose {@code SEQUENCE} is the event's revision: how many changes to the event a
     * store's history records ({@code RegistryStore.history(EventId)}: its dates, times, venue or
     * anything else, and its addition by an edit), so that every change, a move first of all,
     * reaches calendars, which take a component only when its sequence is higher than the one they
     * hold. Without a revision, the sequence is 0, and 1 once the event is cancelled.
     *
     * @param changes the number of recorded changes to the event, at least 0
     * @return the changed copy
     * @throws IllegalArgumentException if {@code changes} is negative
     */
    public ICalendarExport withRevision(int changes) {
        if (changes < 0) {
            throw new IllegalArgumentException("an event's revision is at least 0, was " + changes);
        }
        return new ICalendarExport(registry, personal, stamp, locale, java.util.OptionalInt.of(changes));
    }

    /**
     * Writes an event's calendar as UTF-8.
     *
     * @param eventId the event, not null
     * @param out     where to write; not closed
     * @throws IllegalArgumentException if the registry has no such event
     * @throws IOException              if writing fails
     */
    public void write(EventId eventId, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Event event = registry.event(Objects.requireNonNull(eventId, "eventId")).orElseThrow(
                () -> new IllegalArgumentException("no event with id " + eventId + " in the registry"));
        new Writer(event, new ContentLines(out)).calendar();
    }

    /**
     * Returns an event's calendar as text.
     *
     * @param eventId the event, not null
     * @return the calendar, lines ending in CRLF
     * @throws IllegalArgumentException if the registry has no such event
     */
    public String write(EventId eventId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(eventId, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One calendar being written. */
    private final class Writer {
        private final Event event;
        private final ContentLines lines;
        private final String stampText;

        Writer(Event event, ContentLines lines) {
            this.event = event;
            this.lines = lines;
            this.stampText = UTC.format(stamp.orElse(event.schedule().startsAt()));
        }

        void calendar() throws IOException {
            lines.line("BEGIN", "VCALENDAR");
            lines.line("VERSION", "2.0");
            lines.line("PRODID", "-//clustermeet//clustermeet//EN");
            lines.line("CALSCALE", "GREGORIAN");
            // a calendar to publish, not a scheduling message (RFC 5546)
            lines.line("METHOD", "PUBLISH");
            lines.text("NAME", event.title().get(locale));
            for (var zone : zones().entrySet()) {
                TimeZones.write(lines, zone.getKey(), zone.getValue()[0], zone.getValue()[1]);
            }
            eventComponent();
            for (Session session : event.sessions()) {
                sessionComponent(session);
            }
            lines.line("END", "VCALENDAR");
        }

        /** Every region zone used by a timed value, with the first and last year it is used in. */
        private TreeMap<ZoneId, int[]> zones() {
            TreeMap<ZoneId, int[]> zones = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
            List<ZonedDateTime> times = new ArrayList<>();
            if (event.schedule() instanceof EventSchedule.Timed timed) {
                times.add(timed.slot().start());
                times.add(timed.slot().end());
            }
            for (Session s : event.sessions()) {
                s.slot().ifPresent(slot -> {
                    times.add(slot.start());
                    times.add(slot.end());
                });
            }
            for (ZonedDateTime t : times) {
                if (!(t.getZone() instanceof ZoneOffset)) {
                    int[] years = zones.computeIfAbsent(t.getZone(), z -> new int[] {t.getYear(), t.getYear()});
                    years[0] = Math.min(years[0], t.getYear());
                    years[1] = Math.max(years[1], t.getYear());
                }
            }
            return zones;
        }

        private void eventComponent() throws IOException {
            lines.line("BEGIN", "VEVENT");
            lines.line("UID", uid(event.id(), null));
            common();
            if (event.schedule() instanceof EventSchedule.Timed timed) {
                times(timed.slot());
            } else {
                days(event.schedule().firstDay(), event.schedule().lastDay());
            }
            lines.text("SUMMARY", event.title().get(locale));
            lines.text("DESCRIPTION", eventDescription());
            location();
            url();
            lines.text("CATEGORIES", event.kind().label(locale));
            lines.line("END", "VEVENT");
        }

        private void sessionComponent(Session session) throws IOException {
            lines.line("BEGIN", "VEVENT");
            lines.line("UID", uid(event.id(), session.id().value()));
            common();
            if (session.slot().isPresent()) {
                times(session.slot().get());
            } else {
                days(event.schedule().firstDay(), event.schedule().lastDay());
            }
            lines.text("SUMMARY", session.title().get(locale));
            String description = sessionDescription(session);
            if (!description.isEmpty()) {
                lines.text("DESCRIPTION", description);
            }
            location();
            lines.text("CATEGORIES", session.format().label(locale));
            lines.line("RELATED-TO;RELTYPE=PARENT", uid(event.id(), null));
            lines.line("END", "VEVENT");
        }

        private void common() throws IOException {
            lines.line("DTSTAMP", stampText);
            organizer();
            int cancelled = event.status() == EventStatus.CANCELLED ? 1 : 0;
            lines.line("SEQUENCE", Integer.toString(Math.max(cancelled, revision.orElse(cancelled))));
            lines.line("STATUS", switch (event.status()) {
                case CANCELLED -> "CANCELLED";
                case POSTPONED -> "TENTATIVE";
                default -> "CONFIRMED";
            });
        }

        /**
         * The organiser, which a published calendar must name (RFC 5546): the event's first
         * organising organisation by name, or the event itself when it names none; never a person.
         */
        private void organizer() throws IOException {
            Optional<Organisation> first = event.organisers().stream().map(registry::organisation)
                    .flatMap(Optional::stream).findFirst();
            String name = first.map(o -> o.displayNameOn(event.schedule().firstDay()).get(locale))
                    .orElse(event.title().get(locale));
            String address = first.map(o -> "urn:clustermeet:organisation:" + o.id().value())
                    .orElse("urn:clustermeet:event:" + event.id().value());
            lines.line("ORGANIZER;CN=" + ContentLines.parameter(name), address);
        }

        private void times(TimeSlot slot) throws IOException {
            time("DTSTART", slot.start());
            time("DTEND", slot.end());
        }

        private void time(String name, ZonedDateTime t) throws IOException {
            if (t.getZone() instanceof ZoneOffset) {
                lines.line(name, UTC.format(t.toInstant()));
            } else {
                lines.line(name + ";TZID=" + t.getZone().getId(), TimeZones.LOCAL.format(t.toLocalDateTime()));
            }
        }

        private void days(LocalDate first, LocalDate last) throws IOException {
            lines.line("DTSTART;VALUE=DATE", DATE.format(first));
            lines.line("DTEND;VALUE=DATE", DATE.format(last.plusDays(1)));
        }

        private void location() throws IOException {
            if (event.venue().isPresent()) {
                var venue = event.venue().get();
                lines.text("LOCATION", venue.name().map(n -> n + ", ").orElse("") + venue.city() + ", "
                        + new Locale("", venue.country().value()).getDisplayCountry(locale));
            } else if (event.delivery().onlineLink().isPresent()) {
                lines.text("LOCATION", IcalWords.ONLINE.in(locale));
            }
        }

        private void url() throws IOException {
            Optional<String> link = event.delivery().onlineLink().map(Object::toString)
                    .or(() -> event.materials().stream().findFirst().map(Object::toString));
            if (link.isPresent()) {
                lines.line("URL;VALUE=URI", link.get());
            }
        }

        private String eventDescription() {
            StringBuilder b = new StringBuilder(event.kind().label(locale));
            for (Session s : event.sessions()) {
                b.append('\n').append(s.order()).append(". ").append(s.title().get(locale));
            }
            return b.toString();
        }

        private String sessionDescription(Session session) {
            List<String> parts = new ArrayList<>();
            List<String> speakers = session.speakers().stream().map(this::name).distinct().toList();
            if (!speakers.isEmpty()) {
                parts.add(IcalWords.SPEAKERS.in(locale) + ": " + String.join(", ", speakers));
            }
            List<String> chairs = session.chairs().stream().map(this::name).toList();
            if (!chairs.isEmpty()) {
                parts.add(IcalWords.CHAIRS.in(locale) + ": " + String.join(", ", chairs));
            }
            session.contributions().forEach(c -> parts.add(c.title().get(locale) + " (" + name(c.speaker()) + ")"));
            return String.join("\n", parts);
        }

        /** A speaker's name as the public view shows it: only with a yes to publishing it, unless personal. */
        private String name(PersonId id) {
            return registry.person(id).filter(p -> !p.isAnonymous())
                    .filter(p -> personal || p.mayPublishName())
                    .map(Person::fullName).orElse(IcalWords.A_SPEAKER.in(locale));
        }
    }

    private static String uid(EventId event, String session) {
        return event.value() + (session == null ? "" : "/" + session) + UID_DOMAIN;
    }
}
