package org.clustermeet.examples;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.fact.StatedFigure.Figure;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.report.Attendance;
import org.clustermeet.core.report.EventReport;

/**
 * Renders an {@link EventReport} for people (text) and for programs (JSON). Every figure comes
 * from the report, which the registry computes; none is typed in. Neither form contains e-mail
 * addresses or phone numbers.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /**
     * Renders a report as text: the event's name, date and place, then one figure per line
     * ({@code Cluster organisations: 50}, ...), then the sessions with their speakers.
     *
     * @param report the report, not null
     * @return the text, ending with a line break
     */
    public static String text(EventReport report) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        StringBuilder b = new StringBuilder();
        b.append(report.title().english()).append('\n');
        b.append(report.date()).append(", ").append(report.venue().map(Object::toString).orElse("online")).append('\n');
        Attendance a = report.attendance();
        if (report.status() == EventStatus.CANCELLED) {
            b.append("The event was cancelled: ").append(a.cancelledByOrganiser())
                    .append(" registrations closed by the organiser\n");
        } else {
            b.append("Status: ").append(report.status().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        b.append("Cluster organisations: ").append(report.clusterOrganisations().size())
                .append(stated(report, Figure.CLUSTER_ORGANISATIONS)).append('\n');
        b.append("Countries: ").append(report.countries().size()).append(stated(report, Figure.COUNTRIES)).append('\n');
        b.append("SMEs represented: ").append(number.format(report.smesRepresented()))
                .append(stated(report, Figure.SMES_REPRESENTED)).append('\n');
        b.append("Other participants: ").append(report.otherParticipants())
                .append(stated(report, Figure.OTHER_PARTICIPANTS)).append('\n');
        for (Map.Entry<EventRole, Integer> e : report.otherParticipantsByRole().entrySet()) {
            b.append("  ").append(e.getKey().label()).append(": ").append(e.getValue()).append('\n');
        }
        b.append("Sessions: ").append(report.sessions().size()).append('\n');
        b.append("Proposed topics: ").append(report.proposedTopics()).append(stated(report, Figure.PROPOSED_TOPICS))
                .append('\n');
        b.append("Participants: ").append(report.participants()).append(stated(report, Figure.PARTICIPANTS))
                .append('\n');
        EventReport.LabelShare gold = report.registryShare().get(LabelLevel.GOLD);
        if (gold.inRegistry() > 0 || report.stated(Figure.SHARE_OF_GOLD_LABEL_HOLDERS).isPresent()) {
            b.append("Gold-label holders represented: ").append(gold.represented()).append(" of ")
                    .append(gold.inRegistry()).append(" in the registry")
                    .append(stated(report, Figure.SHARE_OF_GOLD_LABEL_HOLDERS)).append('\n');
        }
        if (!report.ecosystems().isEmpty() || report.stated(Figure.SECTORS).isPresent()) {
            b.append("Industrial ecosystems: ").append(report.ecosystems().size())
                    .append(stated(report, Figure.SECTORS)).append('\n');
        }
        b.append("Registrations: ").append(a.registered()).append(" registered, ").append(a.attended())
                .append(" attended, ").append(a.noShows()).append(" no-shows, ").append(a.waitlisted())
                .append(" waitlisted, ").append(a.cancelled() + a.cancelledByOrganiser()).append(" cancelled")
                .append(a.refused() > 0 ? ", " + a.refused() + " refused at promotion" : "").append('\n');
        StringJoiner labels = new StringJoiner(", ");
        for (LabelLevel level : new LabelLevel[] {LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE}) {
            labels.add(report.clusterOrganisationsByLabel().getOrDefault(level, 0) + " " + level);
        }
        labels.add(report.clusterOrganisationsWithoutLabel() + " without");
        b.append("Valid labels on ").append(report.date()).append(": ").append(labels).append('\n');
        if (!report.countries().isEmpty()) {
            StringJoiner countries = new StringJoiner(" ");
            report.countries().forEach(c -> countries.add(c.value()));
            b.append("Country codes: ").append(countries).append('\n');
        }
        report.stated().stream().map(StatedFigure::source).distinct()
                .forEach(source -> b.append("Stated figures: as given by the ").append(source)
                        .append("; the others are computed from the registry\n"));
        if (!report.sessions().isEmpty()) {
            b.append("Programme:\n");
        }
        for (EventReport.SessionSummary s : report.sessions()) {
            b.append("  ").append(s.order()).append(". ").append(s.title().english()).append(" [")
                    .append(s.format().label()).append(']');
            if (s.topics() > 0) {
                b.append("; ").append(s.topics()).append(" proposed topics");
            }
            if (!s.mostPopularTopics().isEmpty()) {
                b.append(" (most popular, as stated: ").append(String.join("; ", s.mostPopularTopics())).append(')');
            }
            if (!s.speakers().isEmpty()) {
                b.append("; speakers: ").append(String.join(", ", s.speakers()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** " (stated: more than 6,500)", or nothing when no source states the figure. */
    private static String stated(EventReport report, Figure figure) {
        return report.stated(figure).map(f -> " (stated: " + f.describe() + ")").orElse("");
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
        Attendance a = report.attendance();
        ObjectNode attendance = o.putObject("registrations");
        attendance.put("registered", a.registered());
        attendance.put("attended", a.attended());
        attendance.put("noShows", a.noShows());
        attendance.put("waitlisted", a.waitlisted());
        attendance.put("cancelled", a.cancelled());
        attendance.put("cancelledByOrganiser", a.cancelledByOrganiser());
        attendance.put("refused", a.refused());
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
