package org.clustermeet.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.Attendance;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;

/**
 * The organiser's report page of an event: the figures {@link EventReport} computes from the
 * registry (the waiting list included), check-ins as they come, no-shows once the event was held (with the list of
 * them, for the organiser only), and the cluster organisations by label and by country.
 */
public final class Reports {

    /**
     * A figure of the report.
     *
     * @param id    a stable name, for programs reading the page
     * @param label its label in the page's language
     * @param value its value, computed
     */
    public record Figure(String id, String label, long value) {
    }

    private Reports() {
    }

    /**
     * Renders an event's report.
     *
     * @param registry the registry: the page shows counts, and names only in the organiser's list
     *                 of no-shows
     * @param event    the event, which exists
     * @param t        the page's texts
     * @param session  the organiser's session
     * @return the page
     */
    public static String page(Registry registry, EventId event, Texts t, Guard.Session session) {
        // the organiser's page, so the whole registry: the public view has no waiting list, and
        // building it copies every registration
        EventReport r = EventReports.of(registry).report(event);
        Attendance a = r.attendance();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("cluster-organisations", t.get("report.cluster-organisations"),
                r.clusterOrganisations().size()));
        figures.add(new Figure("countries", t.get("report.countries"), r.countries().size()));
        figures.add(new Figure("smes", t.get("report.smes"), r.smesRepresented()));
        figures.add(new Figure("registered", t.get("report.registered"), a.registered()));
        List<Views.RegistrationView> noShows = List.of();
        if (r.status() == EventStatus.HELD) {
            figures.add(new Figure("attended", t.get("report.attended"), a.attended()));
            figures.add(new Figure("no-shows", t.get("report.no-shows"), a.noShows()));
            noShows = Views.registrations(registry, event, Optional.of(RegistrationState.REGISTERED), t);
        } else {
            if (a.attended() > 0) {
                // the doors are open: the count of check-ins so far
                figures.add(new Figure("attended", t.get("report.attended"), a.attended()));
            }
            figures.add(new Figure("waiting", t.get("report.waiting"), a.waitlisted()));
            if (r.isToCome()) {
                r.places().leftInPerson().ifPresent(left -> figures.add(new Figure("places-left",
                        t.get("event.places-left"), left)));
            }
        }
        List<Figure> byLabel = new ArrayList<>();
        for (LabelLevel level : List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE)) {
            byLabel.add(new Figure(Views.spelling(level.name()), t.get("level." + Views.spelling(level.name())),
                    r.clusterOrganisationsByLabel().getOrDefault(level, 0)));
        }
        Locale locale = t.locale();
        List<Figure> byCountry = r.clusterOrganisationsByCountry().entrySet().stream()
                .sorted(Map.Entry.<org.clustermeet.core.value.CountryCode, Integer>comparingByValue().reversed())
                .map(e -> new Figure(e.getKey().value(), new Locale("", e.getKey().value()).getDisplayCountry(locale),
                        e.getValue())).toList();
        return Pages.render("report.jte", Map.of("t", t, "organiser", session.actor().name(), "csrf", session.csrf(),
                "eventId", event.value(), "title", r.title().get(locale), "when", r.date() + " · "
                        + r.venue().map(v -> Views.venue(v, locale)).orElse(t.get("event.online")),
                "figures", figures, "byLabel", byLabel, "byCountry", byCountry, "noShows", noShows));
    }
}
