package org.clustermeet.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;

import io.javalin.http.Context;

/**
 * The invited person's page, opened by the personal link {@code /i/TOKEN}: the event, its
 * programme, the person's own registration, and the answers "in person", "online" and "I cannot
 * attend" (which cancels a registration). In the person's language.
 */
public final class InvitationPages {

    private final Desk desk;
    private final Guard guard;

    /**
     * @param desk  the actions on the store
     * @param guard the answer limit
     */
    public InvitationPages(Desk desk, Guard guard) {
        this.desk = desk;
        this.guard = guard;
    }

    /**
     * {@code GET /i/{token}}: the invitation's page.
     *
     * @param ctx the request
     */
    public void show(Context ctx) {
        Desk.Opened opened = opened(ctx);
        page(ctx, opened, texts(ctx, opened), "", List.of());
    }

    /**
     * {@code POST /i/{token}}: an answer, then the page with what came of it.
     *
     * @param ctx the request, with the form field {@code answer}
     */
    public void answer(Context ctx) {
        guard.countAnswer(ctx);
        Desk.Opened opened = opened(ctx);
        Texts t = texts(ctx, opened);
        Desk.Answer answer = Desk.Answer.parse(ctx.formParam("answer")).orElseThrow(() ->
                WebProblem.badRequest("answer must be in-person, online or decline", "answer"));
        if (!opened.usable()) {
            page(ctx.status(409), opened, t, "", List.of());
            return;
        }
        Desk.Outcome outcome = desk.answer(opened, answer, t.locale());
        String notice = switch (outcome.kind()) {
            case ACCEPTED -> t.get("outcome.accepted");
            case WAITLISTED -> t.get("outcome.waitlisted", outcome.position());
            case REFUSED -> t.get("outcome.refused");
            case CANCELLED -> t.get("outcome.cancelled");
            case DECLINED -> t.get("outcome.declined");
            case UNCHANGED -> t.get("outcome.unchanged");
        };
        page(ctx, opened, t, notice, outcome.reasons());
    }

    private Desk.Opened opened(Context ctx) {
        return desk.open(ctx.pathParam("token")).orElseThrow(() -> WebProblem.notFound("this link opens no invitation"));
    }

    private static Texts texts(Context ctx, Desk.Opened opened) {
        return Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.of(opened.invitation().language()),
                ctx.header("Accept-Language")));
    }

    private void page(Context ctx, Desk.Opened opened, Texts t, String notice, List<String> reasons) {
        Registry registry = desk.registry();
        String person = registry.person(opened.invitation().person()).map(Person::fullName)
                .orElse(opened.invitation().person().value());
        String token = ctx.pathParam("token");
        String other = "/i/" + token + "?lang=" + (Lang.isPolish(t.locale()) ? "en" : "pl");
        ctx.html(Pages.render("invitation.jte", Map.of("t", t, "token", token, "person", Echo.inert(person),
                "event", Views.event(registry, registry.event(opened.event().id()).orElseThrow(), t),
                "own", Desk.own(registry, opened.event().id(), opened.invitation().person())
                        .map(r -> Views.registration(registry, r, t)),
                "usable", opened.usable(), "notice", notice,
                "reasons", reasons.stream().map(Echo::inert).toList(), "otherLanguage", other)));
    }
}
