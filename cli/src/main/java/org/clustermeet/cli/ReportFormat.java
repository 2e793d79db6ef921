package org.clustermeet.cli;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedFigure.Figure;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.query.IneligibleRegistration;
import org.clustermeet.core.report.Attendance;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.Places;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.value.CountryCode;

/**
 * Renders an {@link EventReport} for people (text) and for programs (JSON). Every figure comes
 * from the report, which the registry computes; none is typed in. Neither form contains e-mail
 * addresses or phone numbers.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /**
     * Renders a report as English text: the event's name, date and place, then one figure per line
     * ({@code Cluster organisations: 50}, ...), then the sessions with their speakers.
     *
     * @param report the report, not null
     * @return the text, ending with a line break
     */
    public static String text(EventReport report) {
        return text(report, Locale.ENGLISH);
    }

    /**
     * Renders a report as text in a language: Polish for {@code pl}, else English. Titles and
     * organisation names come from the data in that language where it has them.
     *
     * @param report the report, not null
     * @param locale the language, not null
     * @return the text, ending with a line break
     */
    public static String text(EventReport report, Locale locale) {
        Locale lang = Message.isPolish(locale) ? Message.POLISH : Locale.ENGLISH;
        NumberFormat number = NumberFormat.getIntegerInstance(Message.isPolish(lang) ? lang : Locale.UK);
        StringBuilder b = new StringBuilder();
        line(b, report.title().get(lang));
        line(b, when(report) + ", " + report.venue().map(v -> venue(v, lang)).orElse(Message.ONLINE.format(lang)));
        Attendance a = report.attendance();
        line(b, switch (report.status()) {
            case CANCELLED -> Message.EVENT_CANCELLED.format(lang, a.cancelledByOrganiser());
            case HELD -> Message.STATUS.format(lang, Message.STATUS_HELD.format(lang));
            case PLANNED -> Message.STATUS.format(lang, Message.STATUS_PLANNED.format(lang));
            case POSTPONED -> Message.STATUS.format(lang, Message.STATUS_POSTPONED.format(lang));
        });
        line(b, Message.CLUSTER_ORGANISATIONS.format(lang, report.clusterOrganisations().size())
                + stated(report, Figure.CLUSTER_ORGANISATIONS, lang));
        line(b, Message.COUNTRIES.format(lang, report.countries().size()) + stated(report, Figure.COUNTRIES, lang));
        line(b, Message.SMES_REPRESENTED.format(lang, number.format(report.smesRepresented()))
                + stated(report, Figure.SMES_REPRESENTED, lang));
        line(b, Message.OTHER_PARTICIPANTS.format(lang, report.otherParticipants())
                + stated(report, Figure.OTHER_PARTICIPANTS, lang));
        for (Map.Entry<EventRole, Integer> e : report.otherParticipantsByRole().entrySet()) {
            line(b, "  " + e.getKey().label(lang) + ": " + e.getValue());
        }
        line(b, Message.SESSIONS.format(lang, report.sessions().size()));
        line(b, Message.PROPOSED_TOPICS.format(lang, report.proposedTopics())
                + stated(report, Figure.PROPOSED_TOPICS, lang));
        line(b, Message.PARTICIPANTS.format(lang, report.participants())
                + (report.onlineParticipants() > 0 ? Message.PARTICIPANTS_ONLINE.format(lang, report.onlineParticipants())
                : "") + stated(report, Figure.PARTICIPANTS, lang));
        EventReport.LabelShare gold = report.registryShare().get(LabelLevel.GOLD);
        // the share itself is not computed: a registry may hold only some of Europe's Gold-label holders
        if (gold.represented() > 0 || report.stated(Figure.SHARE_OF_GOLD_LABEL_HOLDERS).isPresent()) {
            line(b, Message.GOLD_HOLDERS.format(lang, gold.represented())
                    + report.stated(Figure.SHARE_OF_GOLD_LABEL_HOLDERS)
                    .map(f -> Message.STATED_SHARE.format(lang, f.describe(lang))).orElse(""));
        }
        if (!report.ecosystems().isEmpty() || report.stated(Figure.SECTORS).isPresent()) {
            line(b, Message.ECOSYSTEMS.format(lang, report.ecosystems().size()) + stated(report, Figure.SECTORS, lang));
        }
        if (report.isToCome()) {
            Places places = report.places();
            places.inPerson().ifPresent(c -> line(b, Message.PLACES_IN_PERSON.format(lang, c,
                    places.leftInPerson().orElseThrow())));
            places.online().ifPresent(c -> line(b, Message.PLACES_ONLINE.format(lang, c,
                    places.leftOnline().orElseThrow())));
            line(b, Message.WAITING_LIST.format(lang, a.waitlisted()));
        }
        // attendance means something only once the event is held
        line(b, (report.status() == EventStatus.HELD ? Message.REGISTRATIONS.format(lang, a.registered(), a.attended(),
                a.noShows(), a.waitlisted(), a.cancelled() + a.cancelledByOrganiser())
                : Message.REGISTRATIONS_NOT_HELD.format(lang, a.registered(), a.waitlisted(),
                a.cancelled() + a.cancelledByOrganiser()))
                + (a.refused() > 0 ? Message.REFUSED_AT_PROMOTION.format(lang, a.refused()) : ""));
        if (!report.noLongerEligible().isEmpty()) {
            StringJoiner ids = new StringJoiner(", ");
            report.noLongerEligible().forEach(i -> ids.add(i.registration().id().value()));
            line(b, Message.NO_LONGER_ELIGIBLE.format(lang, report.noLongerEligible().size(), ids));
        }
        StringJoiner labels = new StringJoiner(", ");
        for (LabelLevel level : new LabelLevel[] {LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE}) {
            labels.add(report.clusterOrganisationsByLabel().getOrDefault(level, 0) + " " + level(level, lang));
        }
        labels.add(Message.WITHOUT_LABEL.format(lang, report.clusterOrganisationsWithoutLabel()));
        line(b, Message.VALID_LABELS.format(lang, report.date(), labels));
        if (!report.countries().isEmpty()) {
            StringJoiner countries = new StringJoiner(", ");
            report.countries().stream().map(c -> country(c, lang)).sorted(java.text.Collator.getInstance(lang))
                    .forEach(countries::add);
            line(b, Message.COUNTRY_CODES.format(lang, countries));
        }
        report.stated().stream().map(StatedFigure::source).distinct()
                .forEach(source -> line(b, Message.STATED_SOURCE.format(lang, source)));
        if (!report.sessions().isEmpty()) {
            line(b, Message.PROGRAMME.format(lang));
        }
        for (EventReport.SessionSummary s : report.sessions()) {
            StringBuilder session = new StringBuilder("  ").append(s.order()).append(". ").append(s.title().get(lang))
                    .append(" [").append(s.format().label(lang)).append(']');
            if (s.topics() > 0) {
                session.append("; ").append(Message.SESSION_TOPICS.format(lang, s.topics()));
            }
            if (!s.mostPopularTopics().isEmpty()) {
                session.append(Message.MOST_POPULAR.format(lang, String.join("; ", s.mostPopularTopics())));
            }
            if (!s.speakers().isEmpty()) {
                session.append("; ").append(Message.SPEAKERS.format(lang, String.join(", ", s.speakers())));
            }
            line(b, session.toString());
        }
        return b.toString();
    }

    /**
     * Adds one line. The words around the data hold no control characters, so the whole line is
     * made inert ({@link Echo}): a title or name with a line break, a tab or a terminal escape
     * stays on its line and shows its escapes.
     */
    private static void line(StringBuilder b, String text) {
        b.append(Echo.inert(text)).append('\n');
    }

    /** "Brussels, Belgium" / "Brussels, Belgia": the city as recorded, the country named in the language. */
    static String venue(Venue v, Locale lang) {
        return v.name().map(n -> n + ", ").orElse("") + v.city() + ", " + country(v.country(), lang);
    }

    /** A country's name in a language: "Poland", "Polska". */
    static String country(CountryCode code, Locale lang) {
        return new Locale("", code.value()).getDisplayCountry(lang);
    }

    /** A label level in words, in a language. */
    static String level(LabelLevel level, Locale lang) {
        return (switch (level) {
            case GOLD -> Message.LEVEL_GOLD;
            case SILVER -> Message.LEVEL_SILVER;
            case BRONZE -> Message.LEVEL_BRONZE;
        }).format(lang);
    }

    /**
     * When an event takes place: "2019-12-04", "2031-03-05 – 2031-03-06", or with its times in its
     * zone, "2019-12-04 09:00–17:00 (Europe/Brussels)".
     */
    static String when(EventReport report) {
        EventSchedule schedule = report.schedule();
        if (schedule instanceof EventSchedule.Timed timed) {
            java.time.ZonedDateTime start = timed.slot().start();
            java.time.ZonedDateTime end = timed.slot().end();
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
            return start.toLocalDate() + " " + start.format(time) + "–"
                    + (end.toLocalDate().equals(start.toLocalDate()) ? "" : end.toLocalDate() + " ")
                    + end.format(time) + " (" + start.getZone().getId() + ")";
        }
        return schedule.firstDay().equals(schedule.lastDay()) ? schedule.firstDay().toString()
                : schedule.firstDay() + " – " + schedule.lastDay();
    }

    /** " (stated: more than 6,500)", or nothing when no source states the figure. */
    private static String stated(EventReport report, Figure figure, Locale lang) {
        return report.stated(figure).map(f -> Message.STATED.format(lang, f.describe(lang))).orElse("");
    }

    /**
     * Renders a report as a JSON object with the same figures as fields.
     *
     * @param report the report, not null
     * @return the JSON object
     */
    public static ObjectNode json(EventReport report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("event", report.event().value());
        o.put("title", report.title().english());
        o.put("date", report.date().toString());
        o.put("when", when(report));
        Places places = report.places();
        places.inPerson().ifPresent(c -> o.put("capacity", c).put("placesLeft", places.leftInPerson().orElseThrow()));
        places.online().ifPresent(c -> o.put("onlineCapacity", c)
                .put("onlinePlacesLeft", places.leftOnline().orElseThrow()));
        report.venue().ifPresent(v -> {
            ObjectNode venue = o.putObject("venue");
            v.name().ifPresent(n -> venue.put("name", n));
            venue.put("city", v.city());
            venue.put("country", v.country().value());
        });
        o.put("clusterOrganisations", report.clusterOrganisations().size());
        o.put("countries", report.countries().size());
        o.put("smesRepresented", report.smesRepresented());
        o.put("otherParticipants", report.otherParticipants());
        o.put("sessions", report.sessions().size());
        o.put("proposedTopics", report.proposedTopics());
        o.put("status", report.status().name().toLowerCase(Locale.ROOT));
        o.put("participants", report.participants());
        o.put("onlineParticipants", report.onlineParticipants());
        Attendance a = report.attendance();
        ObjectNode attendance = o.putObject("registrations");
        attendance.put("registered", a.registered());
        attendance.put("attended", a.attended());
        attendance.put("noShows", a.noShows());
        attendance.put("waitlisted", a.waitlisted());
        attendance.put("cancelled", a.cancelled());
        attendance.put("cancelledByOrganiser", a.cancelledByOrganiser());
        attendance.put("refused", a.refused());
        ArrayNode ineligible = o.putArray("noLongerEligible");
        for (IneligibleRegistration i : report.noLongerEligible()) {
            ObjectNode n = ineligible.addObject();
            n.put("registration", i.registration().id().value());
            ArrayNode reasons = n.putArray("reasons");
            i.refusals().forEach(r -> reasons.add(r.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        ObjectNode labels = o.putObject("validLabels");
        for (LabelLevel level : LabelLevel.values()) {
            labels.put(level.name().toLowerCase(Locale.ROOT), report.clusterOrganisationsByLabel().getOrDefault(level, 0));
        }
        labels.put("none", report.clusterOrganisationsWithoutLabel());
        ArrayNode codes = o.putArray("countryCodes");
        report.countries().forEach(c -> codes.add(c.value()));
        ObjectNode byRole = o.putObject("otherParticipantsByRole");
        report.otherParticipantsByRole().forEach((role, n) ->
                byRole.put(role.name().toLowerCase(Locale.ROOT).replace('_', '-'), n));
        ArrayNode stated = o.putArray("stated");
        for (StatedFigure figure : report.stated()) {
            ObjectNode n = stated.addObject();
            n.put("figure", figure.figure().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            n.put("qualifier", figure.qualifier().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            n.put("value", figure.value());
            if (!figure.items().isEmpty()) {
                ArrayNode items = n.putArray("items");
                figure.items().forEach(items::add);
            }
            n.put("source", figure.source());
        }
        ArrayNode programme = o.putArray("programme");
        for (EventReport.SessionSummary s : report.sessions()) {
            ObjectNode n = programme.addObject();
            n.put("order", s.order());
            n.put("title", s.title().english());
            n.put("format", s.format().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            n.put("proposedTopics", s.topics());
            ArrayNode speakers = n.putArray("speakers");
            s.speakers().forEach(speakers::add);
        }
        return o;
    }
}
