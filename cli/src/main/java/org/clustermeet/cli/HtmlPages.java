package org.clustermeet.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.interop.schemaorg.SchemaOrgExport;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;

/**
 * Self-contained HTML pages: an event's report with its charts, and the labels of the cluster
 * organisations on a time line. One file each, styles and SVG inline, no script and nothing
 * fetched from the network; built from the public view of the registry only. Figures and bars
 * carry {@code data-} attributes with their values, for programs (and tests) that read the page.
 */
public final class HtmlPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}"
            + "h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.2em;margin-top:1.6em}.sub{color:#555}"
            + "dl.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:.6em}"
            + "dl.figures div{background:#f3f5f8;padding:.6em;border-radius:6px}dt{font-size:.85em;color:#555}"
            + "dd{margin:0;font-size:1.5em;font-weight:600}.stated{font-size:.6em;font-weight:400;color:#555}"
            + "svg text{font-size:12px;fill:#222}.bar{fill:#3465a4}.BRONZE{fill:#cd7f32}.SILVER{fill:#a8a9ad}"
            + ".GOLD{fill:#d4af37}.NONE{fill:#ccc}footer{margin-top:2em;font-size:.85em;color:#555}"
            + "ol.programme li{margin-bottom:.5em}";
    private static final int BAR_WIDTH = 360;
    private static final int ROW = 22;

    private HtmlPages() {
    }

    /**
     * Returns an event's report as a page.
     *
     * @param registry the registry; only its public view is used
     * @param event    the event, which must exist
     * @param locale   the language: Polish for {@code pl}, else English
     * @return the page
     */
    public static String report(Registry registry, EventId event, Locale locale) {
        Locale lang = Message.isPolish(locale) ? Message.POLISH : Locale.ENGLISH;
        Registry view = PublicView.of(registry);
        EventReport r = EventReports.of(view).report(event);
        StringBuilder b = start(r.title().get(lang), lang);
        // the event as schema.org JSON-LD for search engines, escaped so that no name can end the element
        b.append("<script type=\"application/ld+json\">").append(SchemaOrgExport.of(view, event).forScriptElement())
                .append("</script>\n");
        b.append("<h1>").append(esc(r.title().get(lang))).append("</h1>\n<p class=\"sub\">")
                .append(esc(ReportFormat.when(r))).append(", ")
                .append(esc(r.venue().map(v -> ReportFormat.venue(v, lang)).orElse(Message.ONLINE.format(lang))))
                .append("</p>\n<dl class=\"figures\">\n");
        figure(b, "cluster-organisations", Message.CLUSTER_ORGANISATIONS, lang, r.clusterOrganisations().size(),
                stated(r, org.clustermeet.core.fact.StatedFigure.Figure.CLUSTER_ORGANISATIONS, lang));
        figure(b, "countries", Message.COUNTRIES, lang, r.countries().size(),
                stated(r, org.clustermeet.core.fact.StatedFigure.Figure.COUNTRIES, lang));
        figure(b, "smes", Message.SMES_REPRESENTED, lang, r.smesRepresented(),
                stated(r, org.clustermeet.core.fact.StatedFigure.Figure.SMES_REPRESENTED, lang));
        figure(b, "participants", Message.PARTICIPANTS, lang, r.participants(),
                stated(r, org.clustermeet.core.fact.StatedFigure.Figure.PARTICIPANTS, lang));
        figure(b, "other-participants", Message.OTHER_PARTICIPANTS, lang, r.otherParticipants(),
                stated(r, org.clustermeet.core.fact.StatedFigure.Figure.OTHER_PARTICIPANTS, lang));
        figure(b, "sessions", Message.SESSIONS, lang, r.sessions().size(), "");
        if (r.isToCome()) {
            r.places().inPerson().ifPresent(c -> figure(b, "places-left", Message.HTML_PLACES_LEFT, lang,
                    r.places().leftInPerson().orElseThrow(), Message.HTML_OF_PLACES.format(lang, c)));
            r.places().online().ifPresent(c -> figure(b, "online-places-left", Message.HTML_ONLINE_PLACES_LEFT, lang,
                    r.places().leftOnline().orElseThrow(), Message.HTML_OF_PLACES.format(lang, c)));
        }
        b.append("</dl>\n");

        Map<String, Integer> byCountry = new LinkedHashMap<>();
        r.clusterOrganisationsByCountry().forEach((country, n) -> byCountry.put(ReportFormat.country(country, lang), n));
        chart(b, "by-country", Message.HTML_BY_COUNTRY.format(lang), byCountry, Map.of());

        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<String, String> labelClasses = new LinkedHashMap<>();
        for (LabelLevel level : new LabelLevel[] {LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE}) {
            byLabel.put(ReportFormat.level(level, lang), r.clusterOrganisationsByLabel().getOrDefault(level, 0));
            labelClasses.put(ReportFormat.level(level, lang), level.name());
        }
        byLabel.put(Message.HTML_NO_LABEL.format(lang), r.clusterOrganisationsWithoutLabel());
        labelClasses.put(Message.HTML_NO_LABEL.format(lang), "NONE");
        chart(b, "by-label", Message.HTML_BY_LABEL.format(lang, r.date()), byLabel, labelClasses);

        Map<String, Integer> byRole = new LinkedHashMap<>();
        r.participantsByRole().forEach((role, n) -> byRole.put(role.label(lang), n));
        chart(b, "by-role", Message.HTML_BY_ROLE.format(lang), byRole, Map.of());
        // the public view keeps only registrations holding a place: waiting and cancelled ones are not
        // shown; attendance is shown once the event is held
        if (r.status() == org.clustermeet.core.event.EventStatus.HELD) {
            Map<String, Integer> byAttendance = new LinkedHashMap<>();
            byAttendance.put(Message.HTML_ATTENDED.format(lang), r.attendance().attended());
            byAttendance.put(Message.HTML_NO_SHOWS.format(lang), r.attendance().noShows());
            chart(b, "by-attendance", Message.HTML_BY_ATTENDANCE.format(lang), byAttendance, Map.of());
        }

        if (!r.sessions().isEmpty()) {
            b.append("<h2>").append(esc(Message.PROGRAMME.format(lang).replace(":", "")))
                    .append("</h2>\n<ol class=\"programme\">\n");
        }
        for (EventReport.SessionSummary s : r.sessions()) {
            b.append("<li data-session=\"").append(s.order()).append("\"><strong>").append(esc(s.title().get(lang)))
                    .append("</strong> (").append(esc(s.format().label(lang))).append(')');
            if (!s.speakers().isEmpty()) {
                b.append("<br>").append(esc(Message.SPEAKERS.format(lang, String.join(", ", s.speakers()))));
            }
            b.append("</li>\n");
        }
        b.append(r.sessions().isEmpty() ? "" : "</ol>\n").append("<footer>").append(esc(Message.HTML_COMPUTED.format(lang))).append("</footer>\n");
        return end(b);
    }

    /**
     * Returns the labels of the cluster organisations as bars on a time line, coloured by level,
     * with a day marked.
     *
     * @param registry the registry; only its public view is used
     * @param day      the day to mark
     * @param locale   the language: Polish for {@code pl}, else English
     * @return the page
     */
    public static String labels(Registry registry, LocalDate day, Locale locale) {
        Locale lang = Message.isPolish(locale) ? Message.POLISH : Locale.ENGLISH;
        Registry view = PublicView.of(registry);
        List<QualityLabel> labels = view.labels();
        LocalDate from = day;
        LocalDate until = day;
        for (QualityLabel l : labels) {
            from = l.validFrom().isBefore(from) ? l.validFrom() : from;
            until = l.validUntil().isAfter(until) ? l.validUntil() : until;
        }
        from = from.withDayOfYear(1);
        until = until.plusYears(1).withDayOfYear(1);
        double days = ChronoUnit.DAYS.between(from, until);
        int left = 260;
        int width = 560;
        List<ClusterOrganisation> holders = new ArrayList<>();
        for (ClusterOrganisation o : view.clusterOrganisations()) {
            if (!view.labelsOf(o.id()).isEmpty()) {
                holders.add(o);
            }
        }
        StringBuilder b = start(Message.HTML_LABELS_TITLE.format(lang), lang);
        b.append("<h1>").append(esc(Message.HTML_LABELS_TITLE.format(lang))).append("</h1>\n<p class=\"sub\">")
                .append(esc(Message.HTML_LABELS_DAY.format(lang, day))).append("</p>\n");
        int height = 30 + holders.size() * ROW;
        b.append("<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 20)
                .append("\" height=\"").append(height + 10).append("\" data-from=\"").append(from)
                .append("\" data-until=\"").append(until).append("\">\n");
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            double x = left + width * ChronoUnit.DAYS.between(from, LocalDate.of(year, 1, 1)) / days;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"14\">%d</text>%n", x, x, height, x - 12, year));
        }
        int y = 30;
        for (ClusterOrganisation o : holders) {
            b.append("<g class=\"holder\" data-holder=\"").append(esc(o.id().value())).append("\"><text x=\"0\" y=\"")
                    .append(y + 12).append("\">").append(esc(shorten(o.displayNameOn(day).get(lang))))
                    .append("</text>");
            for (QualityLabel l : view.labelsOf(o.id())) {
                double x = left + width * ChronoUnit.DAYS.between(from, l.validFrom()) / days;
                double w = width * (ChronoUnit.DAYS.between(l.validFrom(), l.validUntil()) + 1) / days;
                b.append(String.format(Locale.ROOT, "<rect class=\"label %s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                                + "height=\"14\" data-level=\"%s\" data-from=\"%s\" data-until=\"%s\">"
                                + "<title>%s</title></rect>",
                        l.level().name(), x, y + 1, w, l.level().name(), l.validFrom(), l.validUntil(),
                        esc(l.level().name() + " " + l.validFrom() + " – " + l.validUntil())));
            }
            b.append("</g>\n");
            y += ROW;
        }
        double dayX = left + width * ChronoUnit.DAYS.between(from, day) / days;
        b.append(String.format(Locale.ROOT, "<line id=\"day\" x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\" "
                + "stroke=\"#c00\" stroke-width=\"2\" data-day=\"%s\"/>%n", dayX, dayX, height, day));
        b.append("</svg>\n<footer>").append(esc(Message.HTML_COMPUTED.format(lang))).append("</footer>\n");
        return end(b);
    }

    private static StringBuilder start(String title, Locale lang) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static String end(StringBuilder b) {
        return b.append("</body>\n</html>\n").toString();
    }

    private static void figure(StringBuilder b, String id, Message label, Locale lang, long value, String stated) {
        String name = label.format(lang, "").replace(": ", "").strip();
        String shown = java.text.NumberFormat.getIntegerInstance(Message.isPolish(lang) ? lang : Locale.UK)
                .format(value);
        b.append("<div><dt>").append(esc(name)).append("</dt><dd data-figure=\"").append(id)
                .append("\" data-value=\"").append(value).append("\">").append(esc(shown))
                .append(stated.isEmpty() ? "" : " <span class=\"stated\">" + esc(stated) + "</span>")
                .append("</dd></div>\n");
    }

    private static String stated(EventReport r, org.clustermeet.core.fact.StatedFigure.Figure figure, Locale lang) {
        return r.stated(figure).map(s -> Message.STATED.format(lang, s.describe(lang)).strip()).orElse("");
    }

    /** A horizontal bar chart: one bar per entry, its length proportional to its value. */
    private static void chart(StringBuilder b, String id, String title, Map<String, Integer> values,
                              Map<String, String> classes) {
        int max = Math.max(1, values.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int left = 190;
        b.append("<h2>").append(esc(title)).append("</h2>\n<svg id=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + BAR_WIDTH + 60)
                .append("\" height=\"").append(values.size() * ROW + 4).append("\" data-max=\"").append(max)
                .append("\">\n");
        int y = 2;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            double w = BAR_WIDTH * e.getValue() / (double) max;
            b.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text><rect class=\"bar %s\" x=\"%d\" "
                            + "y=\"%d\" width=\"%.1f\" height=\"16\" data-label=\"%s\" data-value=\"%d\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%d</text>%n", y + 13, esc(e.getKey()),
                    classes.getOrDefault(e.getKey(), ""), left, y, w, esc(e.getKey()), e.getValue(),
                    left + w + 6, y + 13, e.getValue()));
            y += ROW;
        }
        b.append("</svg>\n");
    }

    /** A name cut to 38 code points, never in the middle of a character outside the Basic Multilingual Plane. */
    static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= 38) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, 37)) + "…";
    }

    /** Escapes text for HTML. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
