package org.clustermeet.server.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.text.Echo;

import io.javalin.http.Context;

/**
 * The open registration form of an event open to anyone, {@code /events/{id}/register}: name,
 * e-mail, organisation (the registry's, or another by name), position, event role, how they
 * attend, and consent to publish the name (unchecked unless ticked). Bots meet the per-address
 * answer limit and a honeypot: a field people do not see, whose filling refuses the request.
 */
public final class SignUpPages {

    /** The honeypot field's name: a field people leave empty and form-filling robots fill. */
    public static final String HONEYPOT = "website";

    private final SignUpDesk desk;
    private final Guard guard;
    private final Links links;

    /**
     * @param desk  open registration on the store
     * @param guard the answer limit
     * @param links the server's own links
     */
    public SignUpPages(SignUpDesk desk, Guard guard, Links links) {
        this.desk = desk;
        this.guard = guard;
        this.links = links;
    }

    /**
     * {@code GET /events/{id}/register}: the empty form.
     *
     * @param ctx the request
     */
    public void show(Context ctx) {
        Event event = desk.openEvent(ctx.pathParam("id"));
        Texts t = texts(ctx);
        form(ctx, event, t, Map.of(), List.of());
    }

    /**
     * {@code POST /events/{id}/register}: the declaration; the form again with every fault, or the
     * outcome with the personal link.
     *
     * @param ctx the request
     */
    public void submit(Context ctx) {
        guard.countAnswer(ctx);
        Event event = desk.openEvent(ctx.pathParam("id"));
        Texts t = texts(ctx);
        String honeypot = ctx.formParam(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            throw WebProblem.badRequest(t.get("signup.honeypot"), HONEYPOT);
        }
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("givenName", "familyName", "email", "organisation", "otherName", "otherCountry",
                "title", "kind", "role", "attends", "publishName")) {
            String value = ctx.formParam(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        if (!desk.takesRegistrations(event)) {
            form(ctx.status(409), event, t, values, List.of());
            return;
        }
        SignUp.Reading reading = SignUp.read(values::get, t, event.delivery().mode());
        if (reading.signUp().isEmpty()) {
            form(ctx.status(400), event, t, values, reading.faults());
            return;
        }
        SignUpDesk.Result result;
        try {
            result = desk.register(event, reading.signUp().get(), t);
        } catch (WebProblem p) {
            if (p.status() != 400) {
                throw p;
            }
            form(ctx.status(400), event, t, values, List.of(new SignUp.Fault(p.field().orElse(""), p.getMessage())));
            return;
        }
        Desk.Outcome outcome = result.outcome();
        String notice = switch (outcome.kind()) {
            case ACCEPTED -> t.get("outcome.accepted");
            case WAITLISTED -> t.get("outcome.waitlisted", outcome.position());
            case REFUSED -> t.get("outcome.refused");
            case UNCHANGED -> t.get("signup.already");
            case CANCELLED, DECLINED -> throw new IllegalStateException("a sign-up does not cancel");
        };
        ctx.status(outcome.kind() == Desk.Outcome.Kind.REFUSED ? 409 : 200);
        ctx.html(Pages.render("signed-up.jte", Map.of("t", t,
                "event", Views.event(desk.registry(), event, t), "notice", notice,
                "reasons", outcome.reasons().stream().map(Echo::inert).toList(),
                "link", result.link().map(links::invitation).orElse(""),
                "otherLanguage", "")));
    }

    private void form(Context ctx, Event event, Texts t, Map<String, String> values, List<SignUp.Fault> faults) {
        Locale locale = t.locale();
        List<Choice> organisations = desk.organisations(event, locale).stream()
                .map(o -> new Choice(o.id().value(), label(o, event, locale))).toList();
        List<Choice> roles = SignUp.ROLES.stream().map(r -> new Choice(Views.spelling(r.name()),
                t.get("role." + Views.spelling(r.name())))).toList();
        List<Choice> kinds = Stream.of(RoleKind.values()).map(k -> new Choice(Views.spelling(k.name()),
                k.label(locale))).toList();
        AttendanceMode delivery = event.delivery().mode();
        List<Choice> modes = delivery == AttendanceMode.IN_PERSON ? List.of(mode("in-person", t))
                : delivery == AttendanceMode.ONLINE ? List.of(mode("online", t))
                : List.of(mode("in-person", t), mode("online", t));
        Map<String, String> shown = new HashMap<>();
        values.forEach((k, v) -> shown.put(k, v.codePoints().anyMatch(Echo::isActive) ? Echo.inert(v) : v));
        String other = "/events/" + event.id().value() + "/register?lang=" + (Lang.isPolish(locale) ? "en" : "pl");
        ctx.html(Pages.render("signup.jte", Map.of("t", t, "event", Views.event(desk.registry(), event, t),
                "open", desk.takesRegistrations(event), "organisations", organisations, "kinds", kinds, "roles", roles,
                "modes", modes, "values", shown, "faults", faults.stream().map(f -> new SignUp.Fault(f.field(),
                        Echo.inert(f.message()))).toList(), "otherLanguage", other)));
    }

    private static Choice mode(String value, Texts t) {
        return new Choice(value, t.get("attends." + value));
    }

    private static String label(Organisation o, Event event, Locale locale) {
        String name = o.displayNameOn(event.schedule().firstDay()).get(locale);
        return Echo.inert(name) + o.homeCountry().map(c -> " (" + c.value() + ")").orElse("");
    }

    private static Texts texts(Context ctx) {
        return Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
    }

    /**
     * One option of a list in the form.
     *
     * @param value what the form sends
     * @param label what the person reads
     */
    public record Choice(String value, String label) {
    }
}
