package org.clustermeet.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.RegistryStore;

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

    /** How the history tells a consent given or withdrawn on this page. */
    static final String ON_THE_PAGE = "invitation page";

    /**
     * {@code POST /i/{token}/consents}: the person's own choices on publishing their name and on
     * being contacted; each one changed is recorded with the invitation as actor, and takes effect
     * at once. Also after the event, so that a consent can always be withdrawn.
     *
     * @param ctx the request, with the form fields {@code publish-name} and {@code contact}, each
     *            {@code yes} or {@code no}
     */
    public void consents(Context ctx) {
        guard.countAnswer(ctx);
        Desk.Opened opened = opened(ctx);
        Texts t = texts(ctx, opened);
        boolean publish = yesOrNo(ctx, "publish-name");
        boolean contact = yesOrNo(ctx, "contact");
        PersonId person = opened.invitation().person();
        Actor actor = Desk.invitee(person);
        RegistryStore store = desk.store();
        if (publish != desk.registry().person(person).map(Person::mayPublishName).orElse(false)) {
            store.people().recordConsent(person, ConsentKind.PUBLISH_NAME, publish, ON_THE_PAGE, actor);
        }
        if (contact != store.people().mayContact(person)) {
            store.people().recordConsent(person, ConsentKind.CONTACT, contact, ON_THE_PAGE, actor);
        }
        page(ctx, opened, t, t.get("consent.saved"), List.of());
    }

    private static boolean yesOrNo(Context ctx, String field) {
        String value = ctx.formParam(field);
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        throw WebProblem.badRequest(field + " must be yes or no", field);
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
        PersonId id = opened.invitation().person();
        ctx.html(Pages.render("invitation.jte", Map.ofEntries(Map.entry("t", t), Map.entry("token", token),
                Map.entry("person", Echo.inert(person)),
                Map.entry("event", Views.event(registry, registry.event(opened.event().id()).orElseThrow(), t)),
                Map.entry("own", Desk.own(registry, opened.event().id(), id).map(r -> Views.registration(registry, r, t))),
                Map.entry("usable", opened.usable()), Map.entry("notice", notice),
                Map.entry("reasons", reasons.stream().map(Echo::inert).toList()), Map.entry("otherLanguage", other),
                Map.entry("publishName", registry.person(id).map(Person::mayPublishName).orElse(false)),
                Map.entry("contact", desk.store().people().mayContact(id)))));
    }
}
