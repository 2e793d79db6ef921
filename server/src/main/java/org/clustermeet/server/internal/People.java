package org.clustermeet.server.internal;

import java.time.Clock;
import java.util.List;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.MergeResult;
import org.clustermeet.store.ConsentRecord;
import org.clustermeet.store.ErasureReport;
import org.clustermeet.store.PersonalRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The organiser's API and page actions on people: everything the store holds about one person
 * (their request to see it), erasing their personal data (to be forgotten), merging two records
 * of one person, and consents the person gave or withdrew by other means.
 */
public final class People {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Desk desk;
    private final Guard guard;
    private final Clock clock;

    /**
     * @param desk  the actions on the store
     * @param guard bearer tokens and organiser sessions
     * @param clock the time written in the document
     */
    public People(Desk desk, Guard guard, Clock clock) {
        this.desk = desk;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * {@code DELETE /api/organiser/people/{id}/personal-data}: erases the person's personal data
     * from the store and its history; answers what was erased. Erasing again answers the person
     * as already erased.
     *
     * @param ctx the request
     */
    public void erase(Context ctx) {
        Actor actor = guard.bearer(ctx);
        PersonId id = Forms.id(ctx.pathParam("id"), PersonId::of, "id");
        ErasureReport report = erase(id, actor);
        ObjectNode body = MAPPER.createObjectNode();
        var erased = body.putArray("erased");
        report.erased().forEach(p -> erased.add(p.value()));
        var already = body.putArray("alreadyErased");
        report.alreadyErased().forEach(p -> already.add(p.value()));
        body.put("rowsRewritten", report.rowsRewritten());
        body.put("snapshotsRewritten", report.snapshotsRewritten());
        body.put("noticesCleared", report.noticesScrubbed());
        Api.send(ctx, 200, body);
    }

    /**
     * {@code POST /api/organiser/people/{id}/merges} with {@code {"merge": "ID"}}: merges that
     * person into this one (two records of one person); answers what moved, which duplicate
     * registrations were cancelled and who took their places.
     *
     * @param ctx the request
     */
    public void merge(Context ctx) {
        Actor actor = guard.bearer(ctx);
        PersonId keep = Forms.id(ctx.pathParam("id"), PersonId::of, "id");
        String other = Api.text(Api.body(ctx), "merge");
        if (other == null) {
            throw WebProblem.badRequest("merge must name the person to merge into " + keep, "/merge");
        }
        PersonId merge = Forms.id(other, PersonId::of, "/merge");
        MergeResult result;
        try {
            result = desk.store().people().merge(keep, merge, actor);
        } catch (IllegalArgumentException e) {
            throw desk.registry().person(keep).isEmpty() ? WebProblem.notFound("no person " + keep)
                    : WebProblem.badRequest(e.getMessage(), "/merge");
        }
        ObjectNode body = MAPPER.createObjectNode().put("kept", keep.value()).put("merged", merge.value());
        ids(body, "moved", result.moved());
        ids(body, "duplicatesCancelled", result.duplicates());
        ids(body, "promoted", result.promotions().promoted());
        Api.send(ctx, 200, body);
    }

    /**
     * {@code POST /api/organiser/people/{id}/consents} with {@code {"to": "publish-name"|"contact",
     * "given": true|false, "how": "..."}}: records a consent the person gave or withdrew by other
     * means (a letter, a phone call), with the organiser as actor; answers every consent on record.
     *
     * @param ctx the request
     */
    public void consent(Context ctx) {
        Actor actor = guard.bearer(ctx);
        PersonId id = Forms.id(ctx.pathParam("id"), PersonId::of, "id");
        JsonNode body = Api.body(ctx);
        String to = Api.text(body, "to");
        ConsentKind kind = ConsentKind.parse(to == null ? "" : to).orElseThrow(() ->
                WebProblem.badRequest("to must be publish-name or contact", "/to"));
        JsonNode given = body.get("given");
        if (given == null || !given.isBoolean()) {
            throw WebProblem.badRequest("given must be true or false", "/given");
        }
        String how = Api.text(body, "how");
        if (desk.registry().person(id).isEmpty()) {
            throw WebProblem.notFound("no person " + id);
        }
        try {
            desk.store().people().recordConsent(id, kind, given.asBoolean(), how == null ? "" : how, actor);
        } catch (IllegalArgumentException e) {
            throw WebProblem.badRequest(e.getMessage(), "/how");
        }
        ObjectNode answer = MAPPER.createObjectNode().put("person", id.value());
        var list = answer.putArray("consents");
        for (ConsentRecord c : desk.store().people().consents(id)) {
            ObjectNode o = list.addObject().put("person", c.person().value()).put("to", c.kind().spelling())
                    .put("given", c.given()).put("at", c.at().toString()).put("how", c.how());
            c.by().ifPresent(a -> o.put("by", a.name()));
        }
        Api.send(ctx, 200, answer);
    }

    private static void ids(ObjectNode body, String name, List<Registration> registrations) {
        var list = body.putArray(name);
        registrations.forEach(r -> list.add(r.id().value()));
    }

    /**
     * {@code POST /organiser/registrations/{id}/erase-person}: erases the personal data of the
     * registration's person, after the organiser ticked {@code confirm}; shows the history page
     * again, saying what was done.
     *
     * @param ctx the request, with the form field {@code confirm=yes}
     */
    public void erasePage(Context ctx) {
        Guard.Session session = guard.sessionForChange(ctx);
        RegistrationId registration = Forms.id(ctx.pathParam("id"), RegistrationId::of, "id");
        Registration r = desk.registry().registration(registration).orElseThrow(() ->
                WebProblem.notFound("no registration " + registration));
        if (!"yes".equals(ctx.formParam("confirm"))) {
            throw WebProblem.badRequest("tick confirm to erase the personal data of " + r.person(), "confirm");
        }
        ErasureReport report = erase(r.person(), session.actor());
        Texts t = OrganiserPages.texts(ctx);
        String notice = report.nothingErased() ? t.get("people.erased-already", r.person().value())
                : t.get("people.erased", r.person().value(), report.rowsRewritten(), report.snapshotsRewritten(),
                report.noticesScrubbed());
        OrganiserPages.historyPage(ctx, desk, session, r, notice);
    }

    private ErasureReport erase(PersonId id, Actor actor) {
        try {
            return desk.store().people().erase(List.of(id), actor);
        } catch (IllegalArgumentException e) {
            throw WebProblem.notFound("no person " + id);
        }
    }

    /**
     * {@code GET /api/organiser/people/{id}/personal-data}.
     *
     * @param ctx the request
     */
    public void personalData(Context ctx) {
        guard.bearer(ctx);
        PersonId id = Forms.id(ctx.pathParam("id"), PersonId::of, "id");
        String json;
        try {
            json = PersonalRecord.json(desk.store(), id, clock.instant());
        } catch (IllegalArgumentException e) {
            throw WebProblem.notFound(e.getMessage());
        }
        // personal data: never kept by a cache on the way
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Api.JSON).result(json);
    }
}
