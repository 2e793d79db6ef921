package org.clustermeet.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.HistoryEntry;

import org.clustermeet.interop.csv.CsvDialect;
import org.clustermeet.interop.csv.RegistrationCsv;
import org.clustermeet.interop.ical.ICalendarExport;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The organiser's pages, behind a login with a token: the events, one event's registrations with
 * filters, a registration's history, inviting, cancelling, changing capacity, the report, and
 * exports (iCalendar, CSV).
 * Every form carries the session's CSRF token; every change names the organiser as its actor.
 */
public final class OrganiserPages {

    private final Desk desk;
    private final Guard guard;
    private final Links links;

    /**
     * @param desk  the actions on the store
     * @param guard sessions and CSRF tokens
     * @param links how links to the server are written
     */
    public OrganiserPages(Desk desk, Guard guard, Links links) {
        this.desk = desk;
        this.guard = guard;
        this.links = links;
    }

    /**
     * {@code GET /organiser/login}.
     *
     * @param ctx the request
     */
    public void loginForm(Context ctx) {
        ctx.html(Pages.render("login.jte", Map.of("t", texts(ctx), "problem", "")));
    }

    /**
     * {@code POST /organiser/login}: checks the token, starts a session.
     *
     * @param ctx the request, with the form field {@code token}
     */
    public void logIn(Context ctx) {
        guard.countAnswer(ctx);
        if (guard.logIn(ctx.formParam("token"), ctx).isPresent()) {
            ctx.redirect("/organiser", HttpStatus.SEE_OTHER);
            return;
        }
        Texts t = texts(ctx);
        ctx.status(401).html(Pages.render("login.jte", Map.of("t", t, "problem", t.get("login.wrong"))));
    }

    /**
     * {@code POST /organiser/logout}.
     *
     * @param ctx the request
     */
    public void logOut(Context ctx) {
        guard.session(ctx).ifPresent(s -> Guard.checkCsrf(s, ctx));
        guard.logOut(ctx);
        ctx.redirect("/organiser/login", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /organiser}: the events.
     *
     * @param ctx the request
     */
    public void events(Context ctx) {
        Optional<Guard.Session> session = sessionOrLogin(ctx);
        if (session.isEmpty()) {
            return;
        }
        Texts t = texts(ctx);
        Registry registry = desk.registry();
        List<Views.EventView> events = registry.events().stream()
                .sorted((a, b) -> b.schedule().firstDay().compareTo(a.schedule().firstDay()))
                .map(e -> Views.event(registry, e, t)).toList();
        ctx.html(Pages.render("events.jte", Map.of("t", t, "organiser", session.get().actor().name(),
                "csrf", session.get().csrf(), "events", events)));
    }

    /**
     * {@code GET /organiser/events/{id}}: one event's registrations, filtered by {@code ?state=}.
     *
     * @param ctx the request
     */
    public void event(Context ctx) {
        Optional<Guard.Session> session = sessionOrLogin(ctx);
        if (session.isPresent()) {
            eventPage(ctx, session.get(), event(ctx.pathParam("id")), "", List.of());
        }
    }

    /**
     * {@code GET /organiser/registrations/{id}}: a registration's history from the store.
     *
     * @param ctx the request
     */
    public void history(Context ctx) {
        Optional<Guard.Session> session = sessionOrLogin(ctx);
        if (session.isEmpty()) {
            return;
        }
        historyPage(ctx, desk, session.get(), registration(ctx.pathParam("id")), "");
    }

    /** Renders a registration's history page, with a notice of what was just done (or none). */
    static void historyPage(Context ctx, Desk desk, Guard.Session session, Registration r, String notice) {
        Texts t = texts(ctx);
        List<String> history = desk.store().history(r.id()).stream().map(HistoryEntry::describe).map(Echo::inert)
                .toList();
        boolean erased = desk.registry().person(r.person()).map(Person::isErased).orElse(true);
        ctx.html(Pages.render("history.jte", Map.of("t", t, "organiser", session.actor().name(),
                "csrf", session.csrf(), "eventId", r.event().value(),
                "registration", Views.registration(desk.registry(), r, t), "history", history, "notice", notice,
                "erasable", !erased)));
    }

    /**
     * {@code POST /organiser/registrations/{id}/cancel}.
     *
     * @param ctx the request
     */
    public void cancel(Context ctx) {
        Guard.Session session = sessionForChange(ctx);
        Registration r = registration(ctx.pathParam("id"));
        CancellationResult result = desk.cancel(r.id(), session.actor());
        Texts t = texts(ctx);
        String notice = t.get("organiser.cancelled", r.id()) + result.promoted()
                .map(p -> " " + t.get("organiser.promoted", p.id())).orElse("");
        eventPage(ctx, session, desk.registry().event(r.event()).orElseThrow(), notice, List.of());
    }

    /**
     * {@code POST /organiser/events/{id}/invitations/{person}/revoke}: withdraws an invitation.
     *
     * @param ctx the request
     */
    public void revoke(Context ctx) {
        Guard.Session session = sessionForChange(ctx);
        Event event = event(ctx.pathParam("id"));
        PersonId person = personId(ctx.pathParam("person"), "person");
        desk.revoke(event.id(), person, session.actor());
        eventPage(ctx, session, event, texts(ctx).get("organiser.revoked", person.value()), List.of());
    }

    /**
     * {@code POST /organiser/events/{id}/capacity}.
     *
     * @param ctx the request, with the form field {@code capacity}
     */
    public void capacity(Context ctx) {
        Guard.Session session = sessionForChange(ctx);
        Event event = event(ctx.pathParam("id"));
        int capacity;
        try {
            capacity = Integer.parseInt(String.valueOf(ctx.formParam("capacity")).strip());
        } catch (NumberFormatException e) {
            throw WebProblem.badRequest("capacity must be a whole number", "capacity");
        }
        Event changed = desk.changeCapacity(event.id(), capacity, session.actor());
        eventPage(ctx, session, changed, texts(ctx).get("organiser.capacity-changed", capacity), List.of());
    }

    /**
     * {@code POST /organiser/events/{id}/invite}: people by id, or everyone eligible in a role.
     *
     * @param ctx the request, with the form fields {@code people}, {@code role}, {@code language}
     */
    public void invite(Context ctx) {
        Guard.Session session = sessionForChange(ctx);
        Event event = event(ctx.pathParam("id"));
        List<PersonId> people = Arrays.stream(String.valueOf(Optional.ofNullable(ctx.formParam("people")).orElse(""))
                        .split("[\\s,]+")).filter(s -> !s.isEmpty()).map(s -> personId(s, "people")).toList();
        Optional<EventRole> role = Optional.ofNullable(ctx.formParam("role")).filter(s -> !s.isEmpty())
                .map(s -> Forms.role(s, "role"));
        Optional<Locale> language = Optional.ofNullable(ctx.formParam("language")).filter(s -> !"auto".equals(s))
                .map(s -> Lang.supported(s).orElseThrow(() ->
                        WebProblem.badRequest("language must be auto, en or pl", "language")));
        List<Desk.Invited> invited = desk.invite(event.id(), people, role, language, session.actor());
        Texts t = texts(ctx);
        Registry registry = desk.registry();
        List<String> shown = invited.stream().map(i -> Echo.inert(registry.person(i.person()).orElseThrow()
                .fullName()) + ": " + links.invitation(i.token())).toList();
        eventPage(ctx, session, event, invited.isEmpty() ? t.get("organiser.invited-none")
                : t.get("organiser.invited", invited.size()), shown);
    }

    /**
     * {@code GET /organiser/events/{id}/report}: the event's report: its figures, computed from the registry.
     *
     * @param ctx the request
     */
    public void report(Context ctx) {
        Optional<Guard.Session> session = sessionOrLogin(ctx);
        if (session.isPresent()) {
            Event event = event(ctx.pathParam("id"));
            ctx.html(Reports.page(desk.registry(), event.id(), texts(ctx), session.get()));
        }
    }

    /**
     * {@code GET /organiser/events/{id}/export/{format}}: the event as iCalendar ({@code ics}), or
     * its registrations as CSV ({@code csv}, or {@code csv-excel} for spreadsheets set to a
     * semicolon), with the personal columns: the organiser's copy.
     *
     * @param ctx the request
     * @throws IOException if writing fails
     */
    public void export(Context ctx) throws IOException {
        Optional<Guard.Session> session = sessionOrLogin(ctx);
        if (session.isEmpty()) {
            return;
        }
        Event event = event(ctx.pathParam("id"));
        Registry registry = desk.registry();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = ctx.pathParam("format");
        switch (format) {
            case "ics" -> {
                // the store's history counts the event's changes, so that a move reaches calendars
                ICalendarExport.of(registry).inLanguage(texts(ctx).locale()).withRevision(desk.store().revision(event.id()))
                        .write(event.id(), out);
                ctx.contentType("text/calendar; charset=utf-8");
            }
            case "csv", "csv-excel" -> {
                RegistrationCsv.of(format.equals("csv") ? CsvDialect.RFC_4180 : CsvDialect.EXCEL)
                        .write(registry, event.id(), true, out);
                ctx.contentType("text/csv; charset=utf-8");
            }
            default -> throw WebProblem.notFound("no export format " + Echo.cut(format) + " (ics, csv, csv-excel)");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + event.id().value() + "."
                + (format.equals("ics") ? "ics" : "csv") + "\"");
        ctx.result(out.toByteArray());
    }

    private void eventPage(Context ctx, Guard.Session session, Event event, String notice, List<String> shown) {
        Texts t = texts(ctx);
        String filter = Optional.ofNullable(ctx.queryParam("state")).orElse("");
        Optional<RegistrationState> state = filter.isEmpty() ? Optional.empty()
                : Optional.of(Forms.state(filter, "state"));
        Registry registry = desk.registry();
        ctx.html(Pages.render("event.jte", Map.of("t", t, "organiser", session.actor().name(),
                "csrf", session.csrf(), "event", Views.event(registry, event, t), "filter", filter,
                "registrations", Views.registrations(registry, event.id(), state, t), "notice", notice,
                "links", shown, "invitations", desk.invitations(event))));
    }

    private Optional<Guard.Session> sessionOrLogin(Context ctx) {
        return guard.sessionOrLogin(ctx);
    }

    private Guard.Session sessionForChange(Context ctx) {
        return guard.sessionForChange(ctx);
    }

    private Event event(String id) {
        return desk.event(id);
    }

    private Registration registration(String id) {
        RegistrationId registrationId = Forms.id(id, RegistrationId::of, "id");
        return desk.registry().registration(registrationId).orElseThrow(() ->
                WebProblem.notFound("no registration " + registrationId));
    }

    private static PersonId personId(String text, String field) {
        return Forms.id(text, PersonId::of, field);
    }

    /**
     * @param ctx an organiser page's request
     * @return its texts: {@code ?lang=}, else {@code Accept-Language}
     */
    static Texts texts(Context ctx) {
        return Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
    }
}
